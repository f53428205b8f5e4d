// expect: Rejected
// Fills the runtime's intern pool.
public class Solution
{
    public bool IsPalindrome(string s)
    {
        for (var i = 0; ; i++) string.Intern(i.ToString() + new string('x', 1000));
    }
}
