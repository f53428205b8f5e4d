public class Solution
{
    public int[] MaxSlidingWindow(int[] nums, int k)
    {
        
    }
}
