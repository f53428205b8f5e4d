// Too slow: awaits each fetch before starting the next. Against a source that answers only once every
// request has arrived, the first await never completes.
public class Solution
{
    public async Task<int[]> FetchAllAsync(Fetcher fetcher, int[] ids)
    {
        var results = new List<int>();
        foreach (var id in ids)
        {
            results.Add(await fetcher.FetchAsync(id));
        }
        return results.ToArray();
    }
}
