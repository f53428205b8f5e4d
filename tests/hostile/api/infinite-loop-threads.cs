// expect: TimeLimitExceeded
// Every core spinning forever.
public class Solution
{
    public bool IsPalindrome(string s)
    {
        for (var i = 0; i < 8; i++) new Thread(() => { while (true) { } }) { IsBackground = false }.Start();
        while (true) { }
    }
}
