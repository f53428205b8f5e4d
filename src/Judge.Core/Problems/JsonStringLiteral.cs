using System.Text;

namespace Judge.Core.Problems;

/// <summary>
/// A string as a JSON string literal in UTF-8, escaping only what JSON requires: the quote, the backslash and
/// control characters. A stdio test's input is one long string full of line breaks, and System.Text.Json escapes such
/// a string through a buffer rented from the shared pool at six times its length (16 MB for a 2.7 MB log), which the
/// pool then keeps for the life of the process. This writes into one array of the literal's exact size.
/// </summary>
public static class JsonStringLiteral
{
    public static byte[] Encode(string text)
    {
        var length = 2 + Encoding.UTF8.GetByteCount(text);
        foreach (var c in text)
        {
            // An escaped character is one ASCII byte in the count above.
            length += EscapeOf(c) is { } escape ? escape.Length - 1 : 0;
        }
        var bytes = new byte[length];
        var written = 0;
        bytes[written++] = (byte)'"';
        var runStart = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && EscapeOf(text[i]) is null)
            {
                continue;
            }
            // Runs end only at ASCII characters, so a surrogate pair is never split between two of them.
            written += Encoding.UTF8.GetBytes(text.AsSpan(runStart, i - runStart), bytes.AsSpan(written));
            if (i < text.Length)
            {
                written += Encoding.ASCII.GetBytes(EscapeOf(text[i])!, bytes.AsSpan(written));
            }
            runStart = i + 1;
        }
        bytes[written] = (byte)'"';
        return bytes;
    }

    /// <summary>
    /// How JSON writes <paramref name="c"/> inside a string when it must be escaped (the quote, the backslash, a control
    /// character); null when it needs no escape. The runner's <c>JsonWriter</c> escapes with it too.
    /// </summary>
    public static string? EscapeOf(char c) => c switch
    {
        '"' => "\\\"",
        '\\' => "\\\\",
        '\n' => "\\n",
        '\r' => "\\r",
        '\t' => "\\t",
        '\b' => "\\b",
        '\f' => "\\f",
        < ' ' => $"\\u{(int)c:X4}",
        _ => null,
    };
}
