// expect: Rejected
// Inspects the loaded assemblies.
public class Solution
{
    public bool IsPalindrome(string s)
    {
        return AppDomain.CurrentDomain.GetAssemblies().Length > 0;
    }
}
