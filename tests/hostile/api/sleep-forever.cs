// expect: TimeLimitExceeded
// Sleeping uses no CPU but still runs out the wall clock.
public class Solution
{
    public bool IsPalindrome(string s)
    {
        Thread.Sleep(Timeout.Infinite);
        return true;
    }
}
