// expect: Rejected
// Lists the judge's own folder.
public class Solution
{
    public bool IsPalindrome(string s)
    {
        return System.IO.Directory.GetFiles("/judge").Length > 0;
    }
}
