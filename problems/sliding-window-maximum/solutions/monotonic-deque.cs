public class Solution
{
    public int[] MaxSlidingWindow(int[] nums, int k)
    {
        var result = new int[nums.Length - k + 1];
        // A deque of indices kept in an array: nums[deque[head..tail-1]] decreases from head to tail.
        var deque = new int[nums.Length];
        int head = 0, tail = 0;
        for (int i = 0; i < nums.Length; i++)
        {
            if (head < tail && deque[head] <= i - k)
            {
                head++;
            }
            while (head < tail && nums[deque[tail - 1]] <= nums[i])
            {
                tail--;
            }
            deque[tail++] = i;
            if (i >= k - 1)
            {
                result[i - k + 1] = nums[deque[head]];
            }
        }
        return result;
    }
}
