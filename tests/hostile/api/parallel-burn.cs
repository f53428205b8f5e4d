// expect: TimeLimitExceeded
// Parallel.For burning all cores.
public class Solution
{
    public bool IsPalindrome(string s)
    {
        Parallel.For(0, int.MaxValue, i => { while (true) { } });
        return true;
    }
}
