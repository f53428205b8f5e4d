using System.Globalization;
using System.Text;

namespace Judge.Runner.Json;

/// <summary>The current token's value: numbers in the invariant culture, strings with their escapes undone.</summary>
public sealed partial class JsonCursor
{
    public int GetInt32() => int.TryParse(Number(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
        ? value : throw NotA("an int");

    public bool TryGetInt32(out int value) => int.TryParse(Number(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);

    public long GetInt64() => TryGetInt64(out var value) ? value : throw NotA("a long");

    public bool TryGetInt64(out long value) => long.TryParse(Number(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);

    public short GetInt16() => short.TryParse(Number(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
        ? value : throw NotA("a short");

    public byte GetByte() => byte.TryParse(Number(), NumberStyles.None, CultureInfo.InvariantCulture, out var value)
        ? value : throw NotA("a byte");

    public uint GetUInt32() => uint.TryParse(Number(), NumberStyles.None, CultureInfo.InvariantCulture, out var value)
        ? value : throw NotA("a uint");

    public ulong GetUInt64() => ulong.TryParse(Number(), NumberStyles.None, CultureInfo.InvariantCulture, out var value)
        ? value : throw NotA("a ulong");

    /// <summary>A finite double: a number too large for one is refused, as System.Text.Json refuses it.</summary>
    public double GetDouble() => double.TryParse(Number(), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value)
        ? value : throw NotA("a double");

    public decimal GetDecimal() => decimal.TryParse(Number(), NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
        ? value : throw NotA("a decimal");

    public bool GetBoolean() => Token switch
    {
        JsonToken.True => true,
        JsonToken.False => false,
        _ => throw WrongToken("a boolean"),
    };

    /// <summary>A string's value (or a property's name), with its escapes undone; null for a JSON null.</summary>
    public string? GetString()
    {
        if (Token == JsonToken.Null)
        {
            return null;
        }
        if (Token is not (JsonToken.String or JsonToken.PropertyName))
        {
            throw WrongToken("a string");
        }
        return escaped ? Unescape(TokenStart + 1, TokenEnd - 1) : text.Substring(TokenStart + 1, TokenEnd - TokenStart - 2);
    }

    private string Unescape(int from, int to)
    {
        var value = new StringBuilder(to - from);
        for (var i = from; i < to; i++)
        {
            var c = text[i];
            if (c != '\\')
            {
                value.Append(c);
                continue;
            }
            var kind = text[++i];
            if (kind == 'u')
            {
                value.Append((char)int.Parse(text.AsSpan(i + 1, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture));
                i += 4;
                continue;
            }
            value.Append(kind switch { 'b' => '\b', 'f' => '\f', 'n' => '\n', 'r' => '\r', 't' => '\t', _ => kind });
        }
        return value.ToString();
    }

    private ReadOnlySpan<char> Number() =>
        Token == JsonToken.Number ? text.AsSpan(TokenStart, TokenEnd - TokenStart) : throw WrongToken("a number");

    private FormatException NotA(string what) => new($"{text.AsSpan(TokenStart, TokenEnd - TokenStart)} is not {what}.");

    private InvalidOperationException WrongToken(string wanted) => new($"Expected {wanted}, got {Describe(Token)}.");

    private static string Describe(JsonToken token) => token switch
    {
        JsonToken.StartArray => "an array",
        JsonToken.StartObject => "an object",
        JsonToken.String => "a string",
        JsonToken.Number => "a number",
        JsonToken.True or JsonToken.False => "a boolean",
        JsonToken.Null => "null",
        _ => token.ToString(),
    };
}
