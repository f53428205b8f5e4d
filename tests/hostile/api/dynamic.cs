// expect: Rejected
// Hides calls behind dynamic.
public class Solution
{
    public bool IsPalindrome(string s)
    {
        dynamic d = s;
        return d.Length >= 0;
    }
}
