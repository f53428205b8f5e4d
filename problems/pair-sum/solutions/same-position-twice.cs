// Wrong: checks values only, so a single copy of target / 2 is paired with itself.
public class Solution
{
    public IList<int[]> FindPairs(int[] nums, int target)
    {
        var values = new HashSet<int>(nums);
        var result = new List<int[]>();
        foreach (var a in values)
        {
            int b = target - a;
            if (a <= b && values.Contains(b))
            {
                result.Add(new[] { a, b });
            }
        }
        return result;
    }
}
