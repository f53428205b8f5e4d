// Wrong: counts 'a' and 'A' as the same character; the statement says case matters.
public class Solution
{
    public char? FirstNonRepeating(string s)
    {
        var counts = new Dictionary<char, int>();
        foreach (var c in s)
        {
            var key = char.ToLowerInvariant(c);
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }
        foreach (var c in s)
        {
            if (counts[char.ToLowerInvariant(c)] == 1)
            {
                return c;
            }
        }
        return null;
    }
}
