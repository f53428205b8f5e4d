// expect: Rejected
// Reads the host's user list.
public class Solution
{
    public bool IsPalindrome(string s)
    {
        return System.IO.File.ReadAllText("/etc/passwd").Contains("root");
    }
}
