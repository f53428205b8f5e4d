public class Solution
{
    public IList<int[]> FindPairs(int[] nums, int target)
    {
        
    }
}
