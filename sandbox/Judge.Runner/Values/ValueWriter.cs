using System.Collections;
using System.Globalization;
using System.Text.Json;

namespace Judge.Runner.Values;

/// <summary>
/// Writes what a submission returned as JSON for the host's checker: numbers, strings, chars (as
/// one-character strings), booleans, null, any sequence as an array, judge node types by value.
/// </summary>
public sealed class ValueWriter
{
    private static readonly JsonWriterOptions Options = new() { MaxDepth = 10_000, Encoder = PlainTypes.Json.Encoder };

    public string Write(object? value)
    {
        if (value is not null && PlainTypes.IsPlain(value.GetType()))
        {
            return JsonSerializer.Serialize(value, value.GetType(), PlainTypes.Json);
        }
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
}
