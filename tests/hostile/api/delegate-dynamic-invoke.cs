// expect: Rejected
// Calls through DynamicInvoke.
public class Solution
{
    public bool IsPalindrome(string s)
    {
        Func<bool> f = () => true;
        return (bool)f.DynamicInvoke()!;
    }
}
