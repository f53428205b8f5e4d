using System.Reflection;
using Judge.Runner.Json;

namespace Judge.Runner.Values;

/// <summary>
/// Builds and reads the judge-supplied node types, which the submission's assembly contains (compiled from
/// the judge's prelude). Lists come as <c>[1,2,3]</c> or <c>{"values":[...],"pos":k}</c> (the tail links back
/// to index k; -1 for none); trees in LeetCode's level order with nulls.
/// </summary>
public static class JudgeTypes
{
    /// <summary>Longest list the judge will read back: a cyclic result must not hang the runner.</summary>
    public const int MaxNodesRead = 2_000_000;

    public static object? BuildList(Type nodeType, JsonCursor cursor)
    {
        var (values, pos) = cursor.Token == JsonToken.StartObject ? ListWithCycle(cursor) : (Integers(cursor), -1);
        var next = Field(nodeType, "next");
        var nodes = new List<object>(values.Count);
        foreach (var value in values)
        {
            nodes.Add(Activator.CreateInstance(nodeType, value ?? throw new InvalidOperationException("A list node needs a value."), null)!);
        }
        for (var i = 0; i + 1 < nodes.Count; i++)
        {
            next.SetValue(nodes[i], nodes[i + 1]);
        }
        if (pos >= 0 && pos < nodes.Count)
        {
            next.SetValue(nodes[^1], nodes[pos]);
        }
        return nodes.Count == 0 ? null : nodes[0];
    }

    public static object? BuildTree(Type nodeType, JsonCursor cursor)
    {
        var left = Field(nodeType, "left");
        var right = Field(nodeType, "right");
        var values = Integers(cursor);
        if (values.Count == 0 || values[0] is null)
        {
            return null;
        }
        static object Make(Type nodeType, int value) => Activator.CreateInstance(nodeType, value, null, null)!;
        var root = Make(nodeType, values[0]!.Value);
        var parents = new Queue<object>();
        parents.Enqueue(root);
        var i = 1;
        while (parents.Count > 0 && i < values.Count)
        {
            var parent = parents.Dequeue();
            foreach (var side in new[] { left, right })
            {
                if (i < values.Count && values[i] is { } value)
                {
                    var child = Make(nodeType, value);
                    side.SetValue(parent, child);
                    parents.Enqueue(child);
                }
                i++;
            }
        }
        return root;
    }

    /// <summary><c>{"values":[...],"pos":k}</c>: <c>values</c> is required, <c>pos</c> defaults to -1.</summary>
    private static (List<int?> Values, int Pos) ListWithCycle(JsonCursor cursor)
    {
        List<int?>? values = null;
        var pos = -1;
        while (cursor.Next() != JsonToken.EndObject)
        {
            var name = cursor.GetString();
            cursor.Next();
            switch (name)
            {
                case "values":
                    values = Integers(cursor);
                    break;
                case "pos":
                    pos = cursor.GetInt32();
                    break;
                default:
                    cursor.Skip();
                    break;
            }
        }
        return (values ?? throw new KeyNotFoundException("A list with a cycle needs its \"values\"."), pos);
    }

    /// <summary>An array of ints and nulls, as lists and level-order trees come.</summary>
    private static List<int?> Integers(JsonCursor cursor)
    {
        cursor.ExpectArray();
        var values = new List<int?>();
        while (cursor.Next() != JsonToken.EndArray)
        {
            values.Add(cursor.Token == JsonToken.Null ? null : cursor.GetInt32());
        }
        return values;
    }

    public static IEnumerable<object?> ListValues(object head)
    {
        var type = head.GetType();
        var val = Field(type, "val");
        var next = Field(type, "next");
        var count = 0;
        for (var node = head; node is not null; node = next.GetValue(node))
        {
            if (++count > MaxNodesRead)
            {
                throw new InvalidDataException("The returned list is longer than the judge reads (is it cyclic?).");
            }
            yield return val.GetValue(node);
        }
    }

    public static List<object?> TreeValues(object root)
    {
        var type = root.GetType();
        var val = Field(type, "val");
        var left = Field(type, "left");
        var right = Field(type, "right");
        var output = new List<object?>();
        var queue = new Queue<object?>();
        queue.Enqueue(root);
        while (queue.Count > 0)
        {
            var node = queue.Dequeue();
            if (output.Count > MaxNodesRead)
            {
                throw new InvalidDataException("The returned tree is larger than the judge reads.");
            }
            if (node is null)
            {
                output.Add(null);
                continue;
            }
            output.Add(val.GetValue(node));
            queue.Enqueue(left.GetValue(node));
            queue.Enqueue(right.GetValue(node));
        }
        while (output.Count > 0 && output[^1] is null)
        {
            output.RemoveAt(output.Count - 1);
        }
        return output;
    }

    private static FieldInfo Field(Type type, string name) =>
        type.GetField(name, BindingFlags.Public | BindingFlags.Instance)
        ?? throw new InvalidOperationException($"{type.Name} has no field '{name}'.");
}
