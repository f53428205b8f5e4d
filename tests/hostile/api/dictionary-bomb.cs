// expect: MemoryLimitExceeded|TimeLimitExceeded
// Fills a dictionary without bound.
public class Solution
{
    public bool IsPalindrome(string s)
    {
        var map = new Dictionary<long, long>();
        for (long i = 0; ; i++) map[i] = i;
    }
}
