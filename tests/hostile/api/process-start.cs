// expect: Rejected
// Starts a shell.
public class Solution
{
    public bool IsPalindrome(string s)
    {
        System.Diagnostics.Process.Start("/bin/sh", "-c 'touch /tmp/judge-hostile-marker'");
        return true;
    }
}
