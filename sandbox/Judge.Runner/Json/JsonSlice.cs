namespace Judge.Runner.Json;

/// <summary>
/// One JSON value as a stretch of a test's input text: an argument, or an operation's argument list. Slices are
/// read again as often as needed (an overload that does not fit is abandoned, the next one reads afresh) without
/// copying the text. A class rather than a struct: a runner's generic collections of its own structs would be
/// JIT-compiled at its start, while those of classes share precompiled code.
/// </summary>
public sealed record JsonSlice(string Text, int Start, int End)
{
    /// <summary>Nesting allowed where values are read by recursion (typed arrays, lists, the judge's types).</summary>
    public const int TypedDepth = 10_000;

    /// <summary>Nesting allowed where values are read without recursion: nested lists go 100000 levels deep.</summary>
    public const int StreamedDepth = 1_000_000;

    public static JsonSlice Of(string text) => new(text, 0, text.Length);

    /// <summary>A cursor on the value's first token.</summary>
    public JsonCursor Open(int maxDepth = TypedDepth)
    {
        var cursor = new JsonCursor(this, maxDepth);
        cursor.Next();
        return cursor;
    }

    public override string ToString() => Text[Start..End];
}
