using System.Collections;
using System.Globalization;
using System.Text.Json;

namespace Judge.Runner.Values;

/// <summary>
/// Writes what a submission returned as JSON for the host's checker: numbers, strings, chars (as
/// one-character strings), booleans, null, any sequence as an array, judge node types by value. Sequences of the
/// common scalars are written by typed loops, without boxing each element; no serializer is involved (see
/// <see cref="PlainReader"/> for why).
/// </summary>
public sealed class ValueWriter
{
    /// <summary>Samples show outputs to people: accented letters and symbols stay readable.</summary>
    private static readonly JsonWriterOptions Options = new()
    {
        MaxDepth = 10_000,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public string Write(object? value)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            WriteValue(writer, value);
        }
        return System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private static void WriteValue(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case bool b:
                writer.WriteBooleanValue(b);
                break;
            case string s:
                writer.WriteStringValue(s);
                break;
            case char c:
                writer.WriteStringValue(c.ToString());
                break;
            case int or long or short or byte or sbyte or uint or ushort or ulong or decimal:
                writer.WriteRawValue(Convert.ToString(value, CultureInfo.InvariantCulture)!);
                break;
            case double d:
                WriteFloating(writer, d);
                break;
            case float f:
                WriteFloating(writer, f);
                break;
            case Harness.Thrown thrown:
                writer.WriteStartObject();
                writer.WriteString("throws", thrown.Type);
                writer.WriteEndObject();
                break;
            case Harness.ParallelSummary summary:
                writer.WriteStartObject();
                writer.WriteNumber("calls", summary.Calls);
                writer.WriteStartObject("counts");
                foreach (var (key, count) in summary.Counts)
                {
                    writer.WriteNumber(key, count);
                }
                writer.WriteEndObject();
                writer.WriteNumber("distinctInstances", summary.DistinctInstances);
                writer.WriteEndObject();
                break;
            case IEnumerable<int> ints:
                WriteArray(writer, ints, static (w, i) => w.WriteNumberValue(i));
                break;
            case IEnumerable<long> longs:
                WriteArray(writer, longs, static (w, l) => w.WriteNumberValue(l));
                break;
            case IEnumerable<double> doubles:
                WriteArray(writer, doubles, WriteFloating);
                break;
            case IEnumerable<bool> booleans:
                WriteArray(writer, booleans, static (w, b) => w.WriteBooleanValue(b));
                break;
            case IEnumerable<char> chars:
                WriteArray(writer, chars, static (w, c) => w.WriteStringValue([c]));
                break;
            case IEnumerable<string> strings:
                WriteArray(writer, strings, static (w, s) => w.WriteStringValue(s));
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
                writer.WriteStringValue(value.ToString());
                break;
        }
    }

    private static void WriteArray(Utf8JsonWriter writer, IEnumerable items)
    {
        writer.WriteStartArray();
        foreach (var item in items)
        {
            WriteValue(writer, item);
        }
        writer.WriteEndArray();
    }

    private static void WriteArray<T>(Utf8JsonWriter writer, IEnumerable<T> items, Action<Utf8JsonWriter, T> write)
    {
        writer.WriteStartArray();
        foreach (var item in items)
        {
            write(writer, item);
        }
        writer.WriteEndArray();
    }

    /// <summary>JSON has no NaN or infinities: they are written as strings, which no expected number equals.</summary>
    private static void WriteFloating(Utf8JsonWriter writer, double d)
    {
        if (double.IsFinite(d))
        {
            writer.WriteNumberValue(d);
        }
        else
        {
            writer.WriteStringValue(d.ToString(CultureInfo.InvariantCulture));
        }
    }

    /// <summary>A float keeps its own shortest form (0.1, not 0.10000000149011612).</summary>
    private static void WriteFloating(Utf8JsonWriter writer, float f)
    {
        if (float.IsFinite(f))
        {
            writer.WriteNumberValue(f);
        }
        else
        {
            writer.WriteStringValue(f.ToString(CultureInfo.InvariantCulture));
        }
    }
}
