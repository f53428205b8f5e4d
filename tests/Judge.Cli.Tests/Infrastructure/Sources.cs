namespace Judge.Cli.Tests.Infrastructure;

/// <summary>Solutions to <c>valid-palindrome</c>, written to temporary files and folders.</summary>
internal static class Sources
{
    public const string Palindrome = """
        using System.Linq;

        public class Solution
        {
            public bool IsPalindrome(string s) =>
                new string(s.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray()) is var t && t.SequenceEqual(t.Reverse());
        }
        """;

    /// <summary>Forgets to ignore case: WrongAnswer.</summary>
    public const string PalindromeCaseSensitive = """
        public class Solution
        {
            public bool IsPalindrome(string s)
            {
                var t = s.Where(char.IsLetterOrDigit).ToArray();
                return t.SequenceEqual(t.AsEnumerable().Reverse());
            }
        }
        """;
}
