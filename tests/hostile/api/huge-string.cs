// expect: MemoryLimitExceeded
// One enormous string.
public class Solution
{
    public bool IsPalindrome(string s)
    {
        var huge = new string('x', 1_000_000_000);
        return huge.Length > 0;
    }
}
