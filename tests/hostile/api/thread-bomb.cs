// expect: RuntimeError|MemoryLimitExceeded|TimeLimitExceeded
// Starts threads until something gives; the pids cgroup caps them.
public class Solution
{
    public bool IsPalindrome(string s)
    {
        while (true) new Thread(() => Thread.Sleep(Timeout.Infinite)) { IsBackground = true }.Start();
    }
}
