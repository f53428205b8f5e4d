namespace Judge.Api.Tests.Submissions;

/// <summary>Submissions shared by several tests.</summary>
internal static class Sources
{
    public const string PalindromeExpression =
        "new string(s.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray()) is var t && t.SequenceEqual(t.Reverse())";

    public const string Palindrome = $$"""
        using System.Linq;

        public class Solution
        {
            public bool IsPalindrome(string s) => {{PalindromeExpression}};
        }
        """;

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

    public const string InfiniteLoop = """
        public class Solution
        {
            public bool IsPalindrome(string s)
            {
                while (true) { }
            }
        }
        """;
}
