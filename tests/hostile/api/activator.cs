// expect: Rejected
// Creates objects by name.
public class Solution
{
    public bool IsPalindrome(string s)
    {
        return Activator.CreateInstance(typeof(Solution)) != null;
    }
}
