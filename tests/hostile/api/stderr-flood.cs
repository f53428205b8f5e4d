// expect: Accepted
// Writes 5 MB to stderr, then answers: the host keeps only the first 64 KB and is not slowed.
public class Solution
{
    public bool IsPalindrome(string s)
    {
        var line = new string('e', 1000);
        for (var i = 0; i < 5_000; i++) Console.Error.WriteLine(line);
        var t = s.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray();
        return t.SequenceEqual(t.AsEnumerable().Reverse());
    }
}
