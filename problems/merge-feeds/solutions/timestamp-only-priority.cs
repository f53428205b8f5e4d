// Wrong: the heap orders posts by timestamp only, so posts with the same timestamp come out in whatever
// order the heap happens to keep them, not by post id.
public class Solution
{
    public IList<int[]> MergeFeeds(int[][][] timelines, int n)
    {
        var heads = new PriorityQueue<(int Timeline, int Index), int>();
        for (int t = 0; t < timelines.Length; t++)
        {
            if (timelines[t].Length > 0) heads.Enqueue((t, 0), -timelines[t][0][0]);
        }
        var feed = new List<int[]>();
        while (feed.Count < n && heads.Count > 0)
        {
            var (t, i) = heads.Dequeue();
            feed.Add(timelines[t][i]);
            if (i + 1 < timelines[t].Length) heads.Enqueue((t, i + 1), -timelines[t][i + 1][0]);
        }
        return feed;
    }
}
