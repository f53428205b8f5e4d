using Judge.Runner.Json;

namespace Judge.Runner.Values;

/// <summary>
/// Reads JSON into <c>int</c>/<c>long</c>/<c>double</c>/<c>string</c>/<c>bool</c> and <c>List&lt;object&gt;</c>,
/// with an explicit stack: nested-list tests go 100000 levels deep, far past what recursion survives.
/// </summary>
public static class NestedReader
{
    public static object? Read(JsonSlice json)
    {
        var cursor = json.Open(JsonSlice.StreamedDepth);
        var value = ReadValue(cursor);
        cursor.ExpectEnd();
        return value;
    }

    /// <summary>Reads the value whose first token the cursor is on, and leaves the cursor on its last.</summary>
    public static object? ReadValue(JsonCursor cursor)
    {
        var open = new Stack<List<object?>>();
        object? root = null;
        while (true)
        {
            object? value;
            switch (cursor.Token)
            {
                case JsonToken.StartArray:
                    var list = new List<object?>();
                    Add(list);
                    open.Push(list);
                    cursor.Next();
                    continue;
                case JsonToken.EndArray:
                    open.Pop();
                    if (open.Count == 0)
                    {
                        return root;
                    }
                    cursor.Next();
                    continue;
                case JsonToken.Number when cursor.TryGetInt32(out var i):
                    value = i;
                    break;
                case JsonToken.Number when cursor.TryGetInt64(out var l):
                    value = l;
                    break;
                case JsonToken.Number:
                    value = cursor.GetDouble();
                    break;
                case JsonToken.String:
                    value = cursor.GetString();
                    break;
                case JsonToken.True or JsonToken.False:
                    value = cursor.GetBoolean();
                    break;
                case JsonToken.Null:
                    value = null;
                    break;
                default:
                    throw new NotSupportedException($"Cannot read a JSON {cursor.Token} as a nested-list element.");
            }
            Add(value);
            if (open.Count == 0)
            {
                return root;
            }
            cursor.Next();
        }

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
