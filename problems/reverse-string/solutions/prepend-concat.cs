// Too slow: prepending to a string copies it every time, O(n^2) for the whole array.
public class Solution
{
    public void ReverseString(char[] s)
    {
        var reversed = "";
        foreach (var c in s)
        {
            reversed = c + reversed;
        }
        for (var i = 0; i < s.Length; i++)
        {
            s[i] = reversed[i];
        }
    }
}
