// expect: Rejected
// Hides File behind using static.
using static System.IO.File;

public class Solution
{
    public bool IsPalindrome(string s) => ReadAllText("/etc/hostname").Length > 0;
}
