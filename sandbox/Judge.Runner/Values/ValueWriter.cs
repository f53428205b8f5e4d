using System.Collections;
using Judge.Runner.Json;

namespace Judge.Runner.Values;

/// <summary>
/// Writes what a submission returned as JSON for the host's checker: numbers, strings, chars (as
/// one-character strings), booleans, null, any sequence as an array, judge node types by value. Sequences of the
/// common scalars are written by typed loops, without boxing each element.
/// </summary>
public sealed class ValueWriter
{
    public string Write(object? value)
    {
        var writer = new JsonWriter();
        WriteValue(writer, value);
        return writer.ToString();
    }

    private static void WriteValue(JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                writer.Null();
                break;
            case bool b:
                writer.Boolean(b);
                break;
            case string s:
                writer.String(s);
                break;
            case char c:
                writer.String(c.ToString());
                break;
            case int i:
                writer.Number(i);
                break;
            case long l:
                writer.Number(l);
                break;
            case double d:
                writer.Number(d);
                break;
            case float f:
                writer.Number(f);
                break;
            case short or byte or sbyte or uint or ushort or ulong or decimal:
                writer.Number((IFormattable)value);
                break;
            case Harness.Thrown thrown:
                writer.StartObject();
                writer.Name("throws");
                writer.String(thrown.Type);
                writer.EndObject();
                break;
            case Harness.ParallelSummary summary:
                WriteSummary(writer, summary);
                break;
            case IEnumerable<int> ints:
                WriteArray(writer, ints);
                break;
            case IEnumerable<long> longs:
                WriteArray(writer, longs);
                break;
            case IEnumerable<double> doubles:
                WriteArray(writer, doubles);
                break;
            case IEnumerable<bool> booleans:
                WriteArray(writer, booleans);
                break;
            case IEnumerable<char> chars:
                WriteArray(writer, chars);
                break;
            case IEnumerable<string> strings:
                WriteArray(writer, strings);
                break;
            case IEnumerable sequence:
                WriteArray(writer, sequence);
                break;
            case var node when node.GetType().Name == "ListNode":
                WriteArray(writer, JudgeTypes.ListValues(node));
                break;
            case var node when node.GetType().Name == "TreeNode":
                WriteArray(writer, JudgeTypes.TreeValues(node));
                break;
            default:
                WriteValue(writer, value.ToString());
                break;
        }
    }

    /// <summary>A method of its own: its sorted dictionary's enumerator is a type that only <c>@parallel</c> tests need loaded.</summary>
    private static void WriteSummary(JsonWriter writer, Harness.ParallelSummary summary)
    {
        writer.StartObject();
        writer.Name("calls");
        writer.Number(summary.Calls);
        writer.Name("counts");
        writer.StartObject();
        foreach (var (key, count) in summary.Counts)
        {
            writer.Name(key);
            writer.Number(count);
        }
        writer.EndObject();
        writer.Name("distinctInstances");
        writer.Number(summary.DistinctInstances);
        writer.EndObject();
    }

    private static void WriteArray(JsonWriter writer, IEnumerable items)
    {
        writer.StartArray();
        foreach (var item in items)
        {
            WriteValue(writer, item);
        }
        writer.EndArray();
    }

    private static void WriteArray<T>(JsonWriter writer, IEnumerable<T> items)
    {
        writer.StartArray();
        foreach (var item in items)
        {
            WriteItem(writer, item);
        }
        writer.EndArray();
    }

    /// <summary>
    /// One item of a typed sequence, not boxed: each precompiled copy has one <typeparamref name="T"/>, and keeps only its
    /// branch (the casts through object cancel out). A delegate per element type made each runner load six delegate types.
    /// </summary>
    private static void WriteItem<T>(JsonWriter writer, T item)
    {
        if (typeof(T) == typeof(int))
        {
            writer.Number((int)(object)item!);
        }
        else if (typeof(T) == typeof(long))
        {
            writer.Number((long)(object)item!);
        }
        else if (typeof(T) == typeof(double))
        {
            writer.Number((double)(object)item!);
        }
        else if (typeof(T) == typeof(bool))
        {
            writer.Boolean((bool)(object)item!);
        }
        else if (typeof(T) == typeof(char))
        {
            writer.String(((char)(object)item!).ToString());
        }
        else
        {
            WriteValue(writer, item);
        }
    }
}
