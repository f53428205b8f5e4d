public class Solution
{
    public IList<int[]> FindPairs(int[] nums, int target)
    {
        var counts = new Dictionary<int, int>(nums.Length);
        foreach (var x in nums)
        {
            counts[x] = counts.GetValueOrDefault(x) + 1;
        }
        var result = new List<int[]>();
        foreach (var (a, count) in counts)
        {
            int b = target - a;
            if (a < b && counts.ContainsKey(b))
            {
                result.Add(new[] { a, b });
            }
            else if (a == b && count >= 2)
            {
                result.Add(new[] { a, b });
            }
        }
        return result;
    }
}
