// expect: Rejected
// Reads the judge's environment.
public class Solution
{
    public bool IsPalindrome(string s)
    {
        return Environment.GetEnvironmentVariables().Count > 0;
    }
}
