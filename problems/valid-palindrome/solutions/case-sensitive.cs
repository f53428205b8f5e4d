// Wrong: forgets that case does not matter.
public class Solution
{
    public bool IsPalindrome(string s)
    {
        var kept = s.Where(char.IsLetterOrDigit).ToArray();
        for (int i = 0, j = kept.Length - 1; i < j; i++, j--)
        {
            if (kept[i] != kept[j]) return false;
        }
        return true;
    }
}
