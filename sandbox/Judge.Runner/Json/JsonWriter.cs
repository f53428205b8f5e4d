using System.Globalization;
using System.Text;
using Judge.Core.Problems;

namespace Judge.Runner.Json;

/// <summary>
/// Writes compact JSON text (see <see cref="JsonCursor"/> for why the runner has its own). Strings escape what JSON
/// requires, the quote, the backslash and control characters, and an unpaired surrogate becomes U+FFFD; accented
/// letters and symbols are written as they are, since samples show outputs to people. Numbers are written in the
/// invariant culture, whatever culture the submission set.
/// </summary>
public sealed class JsonWriter(int maxDepth = JsonSlice.TypedDepth)
{
    private readonly StringBuilder text = new();
    private bool afterValue;
    private int depth;

    public void Null() => Raw("null");

    public void Boolean(bool value) => Raw(value ? "true" : "false");

    public void Number(int value)
    {
        Span<char> digits = stackalloc char[16];
        value.TryFormat(digits, out var length, default, CultureInfo.InvariantCulture);
        Raw(digits[..length]);
    }

    public void Number(long value)
    {
        Span<char> digits = stackalloc char[24];
        value.TryFormat(digits, out var length, default, CultureInfo.InvariantCulture);
        Raw(digits[..length]);
    }

    /// <summary>The shortest text that reads back as the same double; JSON has no NaN or infinities, so those are strings.</summary>
    public void Number(double value)
    {
        if (!double.IsFinite(value))
        {
            String(value.ToString(CultureInfo.InvariantCulture));
            return;
        }
        Span<char> digits = stackalloc char[32];
        value.TryFormat(digits, out var length, default, CultureInfo.InvariantCulture);
        Raw(digits[..length]);
    }

    /// <summary>A float keeps its own shortest form (0.1, not 0.10000000149011612).</summary>
    public void Number(float value)
    {
        if (!float.IsFinite(value))
        {
            String(value.ToString(CultureInfo.InvariantCulture));
            return;
        }
        Span<char> digits = stackalloc char[32];
        value.TryFormat(digits, out var length, default, CultureInfo.InvariantCulture);
        Raw(digits[..length]);
    }

    /// <summary>Any other number (decimal, the small and unsigned integers), formatted by its own type.</summary>
    public void Number(IFormattable value) => Raw(value.ToString(null, CultureInfo.InvariantCulture));

    public void String(string value)
    {
        BeforeValue();
        Quoted(value);
        afterValue = true;
    }

    public void StartArray()
    {
        Open();
        text.Append('[');
    }

    public void EndArray() => Close(']');

    public void StartObject()
    {
        Open();
        text.Append('{');
    }

    public void EndObject() => Close('}');

    public void Name(string name)
    {
        BeforeValue();
        Quoted(name);
        text.Append(':');
    }

    public override string ToString() => text.ToString();

    private void Raw(ReadOnlySpan<char> value)
    {
        BeforeValue();
        text.Append(value);
        afterValue = true;
    }

    private void BeforeValue()
    {
        if (afterValue)
        {
            text.Append(',');
            afterValue = false;
        }
    }

    private void Open()
    {
        if (++depth > maxDepth)
        {
            throw new InvalidOperationException($"The value nests deeper than {maxDepth} levels.");
        }
        BeforeValue();
    }

    private void Close(char bracket)
    {
        depth--;
        text.Append(bracket);
        afterValue = true;
    }

    private void Quoted(string value)
    {
        text.Append('"');
        var plainFrom = 0;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            var escape = JsonStringLiteral.EscapeOf(c) ?? c switch
            {
                _ when char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]) => null,
                _ when char.IsLowSurrogate(c) && i > 0 && char.IsHighSurrogate(value[i - 1]) => null,
                _ when char.IsSurrogate(c) => "\\uFFFD",
                _ => null,
            };
            if (escape is not null)
            {
                text.Append(value, plainFrom, i - plainFrom).Append(escape);
                plainFrom = i + 1;
            }
        }
        text.Append(value, plainFrom, value.Length - plainFrom).Append('"');
    }
}
