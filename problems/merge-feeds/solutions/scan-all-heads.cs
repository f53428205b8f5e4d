// Too slow: for every post of the feed, look at the head of every timeline to find the newest one.
// O(n * k): fine for a handful of timelines, far too slow for tens of thousands.
public class Solution
{
    public IList<int[]> MergeFeeds(int[][][] timelines, int n)
    {
        var position = new int[timelines.Length];
        var feed = new List<int[]>();
        while (feed.Count < n)
        {
            int best = -1;
            for (int t = 0; t < timelines.Length; t++)
            {
                if (position[t] == timelines[t].Length) continue;
                var post = timelines[t][position[t]];
                if (best < 0) { best = t; continue; }
                var top = timelines[best][position[best]];
                if (post[0] > top[0] || (post[0] == top[0] && post[1] > top[1])) best = t;
            }
            if (best < 0) break;
            feed.Add(timelines[best][position[best]]);
            position[best]++;
        }
        return feed;
    }
}
