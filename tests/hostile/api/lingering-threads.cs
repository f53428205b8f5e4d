// expect: Accepted
// Answers correctly but leaves a foreground thread running; the runner must still end.
public class Solution
{
    public bool IsPalindrome(string s)
    {
        new Thread(() => Thread.Sleep(Timeout.Infinite)) { IsBackground = false }.Start();
        var t = s.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray();
        return t.SequenceEqual(t.AsEnumerable().Reverse());
    }
}
