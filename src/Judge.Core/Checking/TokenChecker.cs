namespace Judge.Core.Checking;

/// <summary>For stdio problems: the outputs must have the same whitespace-separated tokens.</summary>
public sealed class TokenChecker : IChecker
{
    private static readonly char[] Whitespace = [' ', '\t', '\r', '\n', '\f', '\v'];

    public string Name => "tokens";

    public CheckResult Check(ReadOnlyMemory<byte> expected, ReadOnlyMemory<byte> actual, ReadOnlyMemory<byte> input)
    {
        var want = System.Text.Encoding.UTF8.GetString(expected.Span).Split(Whitespace, StringSplitOptions.RemoveEmptyEntries);
        var got = System.Text.Encoding.UTF8.GetString(actual.Span).Split(Whitespace, StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < Math.Min(want.Length, got.Length); i++)
        {
            if (want[i] != got[i])
            {
                return CheckResult.Fail($"Token {i + 1}: expected '{want[i]}', got '{got[i]}'.");
            }
        }
        return want.Length == got.Length
            ? CheckResult.Pass
            : CheckResult.Fail($"Expected {want.Length} tokens, got {got.Length}.");
    }
}
