using System.Text.Json;

namespace Judge.Runner.Values;

/// <summary>
/// Reads JSON into <c>int</c>/<c>long</c>/<c>double</c>/<c>string</c>/<c>bool</c> and <c>List&lt;object&gt;</c>,
/// with an explicit stack: nested-list tests go 100000 levels deep, far past what recursion survives.
/// </summary>
public static class NestedReader
{
    public static object? Read(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Array)
        {
            return ScalarOf(root);
        }
        var top = new List<object?>();
        var pending = new Stack<Frame>();
        pending.Push(new Frame(root.EnumerateArray(), top));
        while (pending.TryPeek(out var frame))
        {
            if (!frame.Items.MoveNext())
            {
                pending.Pop();
                continue;
            }
            var item = frame.Items.Current;
            if (item.ValueKind == JsonValueKind.Array)
            {
                var child = new List<object?>();
                frame.Target.Add(child);
                pending.Push(new Frame(item.EnumerateArray(), child));
            }
            else
            {
                frame.Target.Add(ScalarOf(item));
            }
        }
        return top;
    }

    private static object? ScalarOf(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.Number when e.TryGetInt32(out var i) => i,
        JsonValueKind.Number when e.TryGetInt64(out var l) => l,
        JsonValueKind.Number => e.GetDouble(),
        JsonValueKind.String => e.GetString(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Null => null,
        _ => throw new NotSupportedException($"Cannot read a JSON {e.ValueKind} as a nested-list element."),
    };

    /// <summary>A class, not a struct: the array enumerator inside must advance in place.</summary>
    private sealed class Frame(JsonElement.ArrayEnumerator items, List<object?> target)
    {
        public JsonElement.ArrayEnumerator Items = items;
        public List<object?> Target { get; } = target;
    }
}
