// expect: Rejected
// Writes a file for a later run to find.
public class Solution
{
    public bool IsPalindrome(string s)
    {
        System.IO.File.WriteAllText("/tmp/judge-hostile-marker", "pwned");
        return true;
    }
}
