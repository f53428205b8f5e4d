// Wrong: the deque keeps values instead of indices and drops equal values, so when one copy of the
// maximum leaves the window, its duplicate (still inside) is lost.
public class Solution
{
    public int[] MaxSlidingWindow(int[] nums, int k)
    {
        var result = new int[nums.Length - k + 1];
        var deque = new LinkedList<int>();
        for (int i = 0; i < nums.Length; i++)
        {
            if (i >= k && deque.Count > 0 && deque.First.Value == nums[i - k])
            {
                deque.RemoveFirst();
            }
            while (deque.Count > 0 && deque.Last.Value <= nums[i])
            {
                deque.RemoveLast();
            }
            deque.AddLast(nums[i]);
            if (i >= k - 1)
            {
                result[i - k + 1] = deque.First.Value;
            }
        }
        return result;
    }
}
