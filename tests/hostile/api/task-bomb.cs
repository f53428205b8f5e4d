// expect: TimeLimitExceeded|MemoryLimitExceeded|RuntimeError
// Floods the thread pool with blocking tasks.
public class Solution
{
    public bool IsPalindrome(string s)
    {
        for (var i = 0; ; i++) Task.Run(() => Thread.Sleep(Timeout.Infinite));
    }
}
