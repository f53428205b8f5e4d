public class Solution
{
    public async Task<int[]> FetchAllAsync(Fetcher fetcher, int[] ids)
    {
        
    }
}
