// expect: Accepted
// Right-to-left overrides, zero-width joiners and emoji in comments and strings.
// ‮evil comment‬ ‍​ 🎉 ＳＯＬＵＴＩＯＮ
public class Solution
{
    private const string Noise = "‮⁦🙂‍";

    public bool IsPalindrome(string s)
    {
        var t = s.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray();
        return Noise.Length > 0 && t.SequenceEqual(t.AsEnumerable().Reverse());
    }
}
