public class Solution
{
    public char? FirstNonRepeating(string s)
    {
        var counts = new Dictionary<char, int>();
        foreach (var c in s)
        {
            counts[c] = counts.GetValueOrDefault(c) + 1;
        }
        foreach (var c in s)
        {
            if (counts[c] == 1)
            {
                return c;
            }
        }
        return null;
    }
}
