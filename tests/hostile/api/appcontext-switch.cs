// expect: Rejected
// Changes runtime switches.
public class Solution
{
    public bool IsPalindrome(string s)
    {
        AppContext.SetSwitch("System.Globalization.Invariant", false);
        return true;
    }
}
