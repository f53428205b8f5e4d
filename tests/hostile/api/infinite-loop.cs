// expect: TimeLimitExceeded
// A single-threaded infinite loop.
public class Solution
{
    public bool IsPalindrome(string s)
    {
        while (true) { }
    }
}
