using System.Text;

namespace Judge.Runner;

/// <summary>Captures what a submission prints, up to a cap; past it, the text is dropped and the overflow noted.</summary>
public sealed class CappedWriter(int limitChars) : TextWriter
{
    private readonly StringBuilder text = new();

    public bool Overflowed { get; private set; }

    public override Encoding Encoding => Encoding.UTF8;

    public override void Write(char value)
    {
        if (text.Length >= limitChars)
        {
            Overflowed = true;
            return;
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
            Overflowed = true;
            text.Append(value.AsSpan(0, Math.Max(room, 0)));
            return;
        }
        text.Append(value);
    }

    public override void Write(char[] buffer, int index, int count) => Write(new string(buffer, index, count));

    public override string ToString() => text.ToString();
}
