using System.Text;

namespace Judge.Runner;

/// <summary>
/// Captures what a submission prints, up to a cap. Past it, the overflow is noted for good and every write
/// throws, so a print loop ends at once instead of burning the time limit (catching the exception changes nothing).
/// </summary>
public sealed class CappedWriter(int limitChars) : TextWriter
{
    private readonly StringBuilder text = new();

    public bool Overflowed { get; private set; }

    public override Encoding Encoding => Encoding.UTF8;

    public override void Write(char value)
    {
        if (text.Length >= limitChars)
        {
            Overflow();
        }
        text.Append(value);
    }

    public override void Write(string? value)
    {
        if (value is null)
        {
            return;
        }
        var room = limitChars - text.Length;
        if (value.Length > room)
        {
            text.Append(value.AsSpan(0, Math.Max(room, 0)));
            Overflow();
        }
        text.Append(value);
    }

    public override void Write(char[] buffer, int index, int count) => Write(new string(buffer, index, count));

    public override string ToString() => text.ToString();

    private void Overflow()
    {
        Overflowed = true;
        throw new IOException($"Output limit of {limitChars} characters exceeded.");
    }
}
