// Too slow: counts each character's occurrences with a scan of the whole string, O(n^2).
public class Solution
{
    public char? FirstNonRepeating(string s)
    {
        for (var i = 0; i < s.Length; i++)
        {
            var count = 0;
            for (var j = 0; j < s.Length; j++)
            {
                if (s[j] == s[i])
                {
                    count++;
                }
            }
            if (count == 1)
            {
                return s[i];
            }
        }
        return null;
    }
}
