// k-way merge: a max-heap holds the newest unread post of every timeline. Each output pops the best head and
// pushes the next post of the same timeline. O(k log k + n log k).
public class Solution
{
    public IList<int[]> MergeFeeds(int[][][] timelines, int n)
    {
        // PriorityQueue is a min-heap: "smaller" must mean newer (larger timestamp, then larger id).
        var newerFirst = Comparer<int[]>.Create((a, b) => a[0] != b[0] ? b[0].CompareTo(a[0]) : b[1].CompareTo(a[1]));
        var heads = new PriorityQueue<(int Timeline, int Index), int[]>(newerFirst);
        for (int t = 0; t < timelines.Length; t++)
        {
            if (timelines[t].Length > 0) heads.Enqueue((t, 0), timelines[t][0]);
        }
        var feed = new List<int[]>(Math.Min(n, 1 << 20));
        while (feed.Count < n && heads.TryDequeue(out var head, out var post))
        {
            feed.Add(post);
            int next = head.Index + 1;
            if (next < timelines[head.Timeline].Length) heads.Enqueue((head.Timeline, next), timelines[head.Timeline][next]);
        }
        return feed;
    }
}
