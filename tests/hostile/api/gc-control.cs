// expect: Rejected
// Forces garbage collections.
public class Solution
{
    public bool IsPalindrome(string s)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        return true;
    }
}
