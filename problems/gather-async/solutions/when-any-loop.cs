// Too slow: starts all the fetches (good), but then takes them as they finish with Task.WhenAny in a loop.
// Each WhenAny call walks every pending task (and IndexOf/Remove walk the list again): O(n^2) for n fetches.
public class Solution
{
    public async Task<int[]> FetchAllAsync(Fetcher fetcher, int[] ids)
    {
        var tasks = ids.Select(id => fetcher.FetchAsync(id)).ToList();
        var pending = new List<Task<int>>(tasks);
        var results = new int[ids.Length];
        while (pending.Count > 0)
        {
            var done = await Task.WhenAny(pending);
            pending.Remove(done);
            results[tasks.IndexOf(done)] = await done;
        }
        return results;
    }
}
