// expect: Rejected
// Reflection to find the runner's types.
public class Solution
{
    public bool IsPalindrome(string s)
    {
        var t = Type.GetType("Judge.Runner.TestSession, Judge.Runner");
        return t.GetMethods().Length > 0;
    }
}
