// Wrong: stores each value at index `id` instead of at the position of the id in `ids`, so the results come
// back in id order rather than in the order they were asked for.
public class Solution
{
    public async Task<int[]> FetchAllAsync(Fetcher fetcher, int[] ids)
    {
        var results = new int[ids.Length];
        await Task.WhenAll(ids.Select(async id => results[id] = await fetcher.FetchAsync(id)));
        return results;
    }
}
