// Too slow: scans every window, O(n·k).
public class Solution
{
    public int[] MaxSlidingWindow(int[] nums, int k)
    {
        var result = new int[nums.Length - k + 1];
        for (int start = 0; start + k <= nums.Length; start++)
        {
            int max = nums[start];
            for (int i = start + 1; i < start + k; i++)
            {
                if (nums[i] > max) max = nums[i];
            }
            result[start] = max;
        }
        return result;
    }
}
