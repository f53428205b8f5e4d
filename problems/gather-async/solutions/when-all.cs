// Start every fetch first (each call returns a task at once), then wait for all of them together.
// Task.WhenAll returns the results in the order of the tasks, whatever order they finish in.
public class Solution
{
    public async Task<int[]> FetchAllAsync(Fetcher fetcher, int[] ids)
    {
        var fetches = ids.Select(id => fetcher.FetchAsync(id)).ToArray();
        return await Task.WhenAll(fetches);
    }
}
