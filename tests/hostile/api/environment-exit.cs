// expect: Rejected
// Exits the runner with code 0 before answering.
public class Solution
{
    public bool IsPalindrome(string s)
    {
        Environment.Exit(0);
        return true;
    }
}
