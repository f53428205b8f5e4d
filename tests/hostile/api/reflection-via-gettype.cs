// expect: Rejected
// Reflection through GetType() of a judge object.
public class Solution
{
    public bool IsPalindrome(string s)
    {
        var f = s.GetType().GetField("_firstChar", (System.Reflection.BindingFlags)36);
        return f != null;
    }
}
