using System.Text;
using System.Text.Json;

namespace Judge.Runner.Values;

/// <summary>
/// Splits a test's argument array into the raw JSON of each argument, streaming. <see cref="JsonDocument"/>
/// takes time quadratic in nesting depth (seconds at 40000 levels), so deep arguments must never go through it.
/// </summary>
public static class JsonArguments
{
    public static readonly JsonReaderOptions Options = new() { MaxDepth = 1_000_000 };

    public static IReadOnlyList<ReadOnlyMemory<byte>> Split(string input)
    {
        var bytes = Encoding.UTF8.GetBytes(input);
        var reader = new Utf8JsonReader(bytes, Options);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartArray)
        {
            throw new InvalidOperationException("A function test's input is an array of arguments.");
        }
        var arguments = new List<ReadOnlyMemory<byte>>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            var start = (int)reader.TokenStartIndex;
            reader.Skip();
            arguments.Add(bytes.AsMemory(start, (int)reader.BytesConsumed - start));
        }
        return arguments;
    }
}
