// Too slow: tries every pair of positions, O(n^2).
public class Solution
{
    public IList<int[]> FindPairs(int[] nums, int target)
    {
        var seen = new HashSet<(int, int)>();
        var result = new List<int[]>();
        for (int i = 0; i < nums.Length; i++)
        {
            for (int j = i + 1; j < nums.Length; j++)
            {
                if (nums[i] + nums[j] != target) continue;
                int a = Math.Min(nums[i], nums[j]), b = Math.Max(nums[i], nums[j]);
                if (seen.Add((a, b)))
                {
                    result.Add(new[] { a, b });
                }
            }
        }
        return result;
    }
}
