using System.Text.Json;

namespace Judge.Runner.Values;

/// <summary>
/// Reads JSON into <c>int</c>/<c>long</c>/<c>double</c>/<c>string</c>/<c>bool</c> and <c>List&lt;object&gt;</c>,
/// streaming with an explicit stack: nested-list tests go 100000 levels deep, far past what recursion
/// (or <see cref="JsonDocument"/>, which is quadratic in depth) survives.
/// </summary>
public static class NestedReader
{
    public static object? Read(ReadOnlyMemory<byte> json)
    {
        var reader = new Utf8JsonReader(json.Span, JsonArguments.Options);
        var open = new Stack<List<object?>>();
        object? root = null;
        while (reader.Read())
        {
            object? value;
            switch (reader.TokenType)
            {
                case JsonTokenType.StartArray:
                    var list = new List<object?>();
                    Add(list);
                    open.Push(list);
                    continue;
                case JsonTokenType.EndArray:
                    open.Pop();
                    continue;
                case JsonTokenType.Number when reader.TryGetInt32(out var i):
                    value = i;
                    break;
                case JsonTokenType.Number when reader.TryGetInt64(out var l):
                    value = l;
                    break;
                case JsonTokenType.Number:
                    value = reader.GetDouble();
                    break;
                case JsonTokenType.String:
                    value = reader.GetString();
                    break;
                case JsonTokenType.True or JsonTokenType.False:
                    value = reader.GetBoolean();
                    break;
                case JsonTokenType.Null:
                    value = null;
                    break;
                default:
                    throw new NotSupportedException($"Cannot read a JSON {reader.TokenType} as a nested-list element.");
            }
            Add(value);
        }
        return root;

        void Add(object? value)
        {
            if (open.Count == 0)
            {
                root = value;
            }
            else
            {
                open.Peek().Add(value);
            }
        }
    }
}
