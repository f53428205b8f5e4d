// Another accepted style: start all the fetches in a loop, then await them one by one in order. Awaiting in
// order is fine once every fetch is already running: the total wait is that of the slowest fetch.
public class Solution
{
    public async Task<int[]> FetchAllAsync(Fetcher fetcher, int[] ids)
    {
        var pending = new Task<int>[ids.Length];
        for (int i = 0; i < ids.Length; i++)
        {
            pending[i] = fetcher.FetchAsync(ids[i]);
        }
        var results = new int[ids.Length];
        for (int i = 0; i < ids.Length; i++)
        {
            results[i] = await pending[i];
        }
        return results;
    }
}
