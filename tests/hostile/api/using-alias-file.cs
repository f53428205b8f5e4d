// expect: Rejected
// Hides File behind an alias.
using F = System.IO.File;

public class Solution
{
    public bool IsPalindrome(string s) => F.Exists("/etc/hostname");
}
