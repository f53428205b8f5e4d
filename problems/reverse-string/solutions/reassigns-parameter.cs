// Wrong: builds a reversed copy and assigns it to the parameter; the caller's array never changes.
public class Solution
{
    public void ReverseString(char[] s)
    {
        var reversed = new char[s.Length];
        for (var i = 0; i < s.Length; i++)
        {
            reversed[i] = s[s.Length - 1 - i];
        }
        s = reversed;
    }
}
