// Too slow: string concatenation copies the whole string each time, O(n^2).
public class Solution
{
    public bool IsPalindrome(string s)
    {
        string cleaned = "";
        foreach (var c in s)
        {
            if (char.IsLetterOrDigit(c)) cleaned += char.ToLowerInvariant(c);
        }
        for (int i = 0, j = cleaned.Length - 1; i < j; i++, j--)
        {
            if (cleaned[i] != cleaned[j]) return false;
        }
        return true;
    }
}
