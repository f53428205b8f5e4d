public class Solution
{
    public IList<int[]> FindPairs(int[] nums, int target)
    {
        var sorted = (int[])nums.Clone();
        Array.Sort(sorted);
        var result = new List<int[]>();
        int left = 0, right = sorted.Length - 1;
        while (left < right)
        {
            long sum = (long)sorted[left] + sorted[right];
            if (sum < target)
            {
                left++;
            }
            else if (sum > target)
            {
                right--;
            }
            else
            {
                int a = sorted[left], b = sorted[right];
                result.Add(new[] { a, b });
                while (left < right && sorted[left] == a) left++;
                while (left < right && sorted[right] == b) right--;
            }
        }
        return result;
    }
}
