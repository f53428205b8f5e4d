// expect: Rejected
// Kills its own process.
public class Solution
{
    public bool IsPalindrome(string s)
    {
        Environment.FailFast("bye");
        return true;
    }
}
