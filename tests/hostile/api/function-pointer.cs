// expect: Rejected
// Uses a function pointer.
public class Solution
{
    public unsafe bool IsPalindrome(string s)
    {
        delegate*<int> f = null;
        return f == null;
    }
}
