public class Solution
{
    public IList<int[]> MergeFeeds(int[][][] timelines, int n)
    {
        
    }
}
