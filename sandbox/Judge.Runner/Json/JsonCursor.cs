namespace Judge.Runner.Json;

/// <summary>
/// Reads JSON text one token at a time, checking its grammar as it goes, without recursion: nested-list tests go
/// 100000 levels deep. The runner's own reader rather than System.Text.Json's, because a runner is a fresh process
/// for every submission: that library's first uses JIT-compiled its vectorised search helpers and generic rows
/// and loaded three more assemblies, about 20 ms of CPU per runner, while this code is all precompiled (ReadyToRun).
/// Like <c>Utf8JsonReader</c>, a value is read from its first token and leaves the cursor on its last.
/// Malformed text is a <see cref="FormatException"/>; asking a token for the wrong kind of value is an
/// <see cref="InvalidOperationException"/>.
/// </summary>
public sealed partial class JsonCursor
{
    private string text;
    private int end;
    private int maxDepth;
    private int position;
    private Expect expect = Expect.Value;
    private bool escaped;

    /// <summary>For each open container, whether it is an object.</summary>
    private bool[] open = new bool[16];

    public JsonCursor(JsonSlice json, int maxDepth)
    {
        (text, position, end) = (json.Text, json.Start, json.End);
        this.maxDepth = maxDepth;
    }

    /// <summary>
    /// Moves this cursor to the first token of another value, as a new cursor would start: a design test reads
    /// hundreds of thousands of small arguments, and a cursor each was most of what reading them allocated.
    /// </summary>
    public void Reopen(JsonSlice json, int maxDepth)
    {
        (text, position, end) = (json.Text, json.Start, json.End);
        this.maxDepth = maxDepth;
        (expect, escaped, Token, TokenStart, TokenEnd, Depth) = (Expect.Value, false, JsonToken.None, 0, 0, 0);
        Next();
    }

    /// <summary>Whether the current token is a string without escapes whose text is <paramref name="value"/>: a match allocates nothing.</summary>
    public bool IsPlainString(string value) =>
        Token == JsonToken.String && !escaped && text.AsSpan(TokenStart + 1, TokenEnd - TokenStart - 2).Equals(value, StringComparison.Ordinal);

    private enum Expect { Value, ValueOrEnd, NameOrEnd, CommaOrEnd, Nothing }

    public JsonToken Token { get; private set; } = JsonToken.None;

    /// <summary>Where the current token starts (its quote, for a string) and ends.</summary>
    public int TokenStart { get; private set; }

    public int TokenEnd { get; private set; }

    /// <summary>How many containers are open: a container's start token counts itself, its end token no longer does.</summary>
    public int Depth { get; private set; }

    /// <summary>The text from <paramref name="valueStart"/> (a token's start) to the current token's end: after <see cref="Skip"/>, the whole value.</summary>
    public JsonSlice SliceFrom(int valueStart) => new(text, valueStart, TokenEnd);

    /// <summary>Moves to the next token; false once the text's one value has ended and only whitespace follows.</summary>
    public bool Read()
    {
        SkipWhitespace();
        if (expect == Expect.Nothing)
        {
            if (position < end)
            {
                throw Malformed("There is more after the value.");
            }
            Token = JsonToken.None;
            return false;
        }
        if (position >= end)
        {
            throw Malformed("The value ends too soon.");
        }
        var next = text[position];
        switch (expect)
        {
            case Expect.CommaOrEnd when next == ',':
                position++;
                SkipWhitespace();
                if (open[Depth - 1])
                {
                    ReadName();
                }
                else
                {
                    ReadValue();
                }
                break;
            case Expect.CommaOrEnd:
            case Expect.ValueOrEnd when next == ']':
            case Expect.NameOrEnd when next == '}':
                ReadEnd(next);
                break;
            case Expect.NameOrEnd:
                ReadName();
                break;
            default:
                ReadValue();
                break;
        }
        return true;
    }

    /// <summary>Reads the next token, which must exist.</summary>
    public JsonToken Next() => Read() ? Token : throw Malformed("The value ends too soon.");

    /// <summary>Skips the current value: from a container's start to its end, from a property name past its value.</summary>
    public void Skip()
    {
        if (Token == JsonToken.PropertyName)
        {
            Next();
        }
        if (Token is JsonToken.StartArray or JsonToken.StartObject)
        {
            var depth = Depth;
            while (Next() is not (JsonToken.EndArray or JsonToken.EndObject) || Depth >= depth)
            {
            }
        }
    }

    /// <summary>Checks that the current token starts an array.</summary>
    public void ExpectArray()
    {
        if (Token != JsonToken.StartArray)
        {
            throw new InvalidOperationException($"Expected an array, got {Token}.");
        }
    }

    /// <summary>Checks that nothing but whitespace follows the value just read.</summary>
    public void ExpectEnd()
    {
        if (Read())
        {
            throw Malformed("There is more after the value.");
        }
    }

    private void ReadValue()
    {
        if (position >= end)
        {
            throw Malformed("The value ends too soon.");
        }
        TokenStart = position;
        switch (text[position])
        {
            case '[':
                OpenContainer(isObject: false);
                return;
            case '{':
                OpenContainer(isObject: true);
                return;
            case '"':
                ScanString();
                Token = JsonToken.String;
                break;
            case 't':
                ScanLiteral("true");
                Token = JsonToken.True;
                break;
            case 'f':
                ScanLiteral("false");
                Token = JsonToken.False;
                break;
            case 'n':
                ScanLiteral("null");
                Token = JsonToken.Null;
                break;
            case '-' or (>= '0' and <= '9'):
                ScanNumber();
                Token = JsonToken.Number;
                break;
            default:
                throw Malformed($"'{text[position]}' cannot start a value.");
        }
        TokenEnd = position;
        expect = Depth == 0 ? Expect.Nothing : Expect.CommaOrEnd;
    }

    private void ReadName()
    {
        if (position >= end || text[position] != '"')
        {
            throw Malformed("Expected a property name in quotes.");
        }
        TokenStart = position;
        ScanString();
        TokenEnd = position;
        Token = JsonToken.PropertyName;
        SkipWhitespace();
        if (position >= end || text[position] != ':')
        {
            throw Malformed("Expected ':' after a property name.");
        }
        position++;
        expect = Expect.Value;
    }

    private void ReadEnd(char next)
    {
        var isObject = open[Depth - 1];
        if (next != (isObject ? '}' : ']'))
        {
            throw Malformed(isObject ? "Expected ',' or '}'." : "Expected ',' or ']'.");
        }
        TokenStart = position;
        position++;
        TokenEnd = position;
        Token = isObject ? JsonToken.EndObject : JsonToken.EndArray;
        Depth--;
        expect = Depth == 0 ? Expect.Nothing : Expect.CommaOrEnd;
    }

    /// <summary>Reads a container's start: one level deeper, and a name (object) or a value (array) next, or its end.</summary>
    private void OpenContainer(bool isObject)
    {
        if (Depth == maxDepth)
        {
            throw Malformed($"The value nests deeper than {maxDepth} levels.");
        }
        if (Depth == open.Length)
        {
            Array.Resize(ref open, open.Length * 2);
        }
        open[Depth++] = isObject;
        (Token, expect) = isObject ? (JsonToken.StartObject, Expect.NameOrEnd) : (JsonToken.StartArray, Expect.ValueOrEnd);
        position++;
        TokenEnd = position;
    }

    private void ScanString()
    {
        escaped = false;
        position++;
        while (true)
        {
            if (position >= end)
            {
                throw Malformed("A string is not closed.");
            }
            var c = text[position++];
            if (c == '"')
            {
                return;
            }
            if (c < ' ')
            {
                throw Malformed("A string holds a control character; JSON needs it escaped.");
            }
            if (c == '\\')
            {
                escaped = true;
                var kind = position < end ? text[position++] : '\0';
                if (kind == 'u')
                {
                    if (position + 4 > end || !IsHex(text.AsSpan(position, 4)))
                    {
                        throw Malformed("A \\u escape needs four hexadecimal digits.");
                    }
                    position += 4;
                }
                else if (kind is not ('"' or '\\' or '/' or 'b' or 'f' or 'n' or 'r' or 't'))
                {
                    throw Malformed("A string has an unknown escape.");
                }
            }
        }
    }

    private void ScanLiteral(string literal)
    {
        if (position + literal.Length > end || !text.AsSpan(position, literal.Length).SequenceEqual(literal))
        {
            throw Malformed("An unknown word where a value should be.");
        }
        position += literal.Length;
    }

    /// <summary>JSON's number grammar: <c>-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?</c>.</summary>
    private void ScanNumber()
    {
        if (text[position] == '-')
        {
            position++;
        }
        if (position < end && text[position] == '0')
        {
            position++;
        }
        else if (Digits() == 0)
        {
            throw Malformed("A number needs a digit.");
        }
        if (position < end && text[position] == '.')
        {
            position++;
            if (Digits() == 0)
            {
                throw Malformed("A number needs a digit after its point.");
            }
        }
        if (position < end && text[position] is 'e' or 'E')
        {
            position++;
            if (position < end && text[position] is '+' or '-')
            {
                position++;
            }
            if (Digits() == 0)
            {
                throw Malformed("A number needs a digit in its exponent.");
            }
        }
    }

    private int Digits()
    {
        var start = position;
        while (position < end && char.IsAsciiDigit(text[position]))
        {
            position++;
        }
        return position - start;
    }

    private void SkipWhitespace()
    {
        while (position < end && text[position] is ' ' or '\t' or '\n' or '\r')
        {
            position++;
        }
    }

    private static bool IsHex(ReadOnlySpan<char> digits)
    {
        foreach (var c in digits)
        {
            if (!char.IsAsciiHexDigit(c))
            {
                return false;
            }
        }
        return true;
    }

    private FormatException Malformed(string reason) => new($"Not valid JSON at character {position}: {reason}");
}
