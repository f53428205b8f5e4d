using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Judge.Core.Checking;

/// <summary>
/// Compares JSON values structurally. Numbers compare by value (so <c>2</c> equals <c>2.0</c>),
/// within <paramref name="tolerance"/> when one is given. The default, exact checker has none.
/// </summary>
public class JsonChecker(string name = "exact", double? tolerance = null) : IChecker
{
    private static readonly JsonDocumentOptions ParseOptions = new() { MaxDepth = 200_000 };

    public string Name => name;

    /// <summary>
    /// The output is encoded once into a pooled buffer, which is what parsing a string costs anyway; the expected
    /// output is parsed where it is cached, without a copy.
    /// </summary>
    public CheckResult Check(ReadOnlyMemory<byte> expected, string actual, ReadOnlyMemory<byte> input)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetByteCount(actual));
        try
        {
            var actualUtf8 = buffer.AsMemory(0, Encoding.UTF8.GetBytes(actual, buffer));
            // The runner writes compact JSON, as generators do: a right answer is usually the very same text.
            return actualUtf8.Span.SequenceEqual(expected.Span) ? CheckResult.Pass : CompareParsed(expected, actualUtf8);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private CheckResult CompareParsed(ReadOnlyMemory<byte> expected, ReadOnlyMemory<byte> actual)
    {
        using var expectedDoc = JsonDocument.Parse(expected, ParseOptions);
        JsonDocument actualDoc;
        try
        {
            actualDoc = JsonDocument.Parse(actual, ParseOptions);
        }
        catch (JsonException)
        {
            return CheckResult.Fail("The output is not a value the judge can read.");
        }
        using (actualDoc)
        {
            return Compare(Normalize(expectedDoc.RootElement), Normalize(actualDoc.RootElement), "result");
        }
    }

    /// <summary>Lets subclasses reorder values before comparing (see <see cref="UnorderedChecker"/>).</summary>
    protected virtual JsonElement Normalize(JsonElement element) => element;

    private CheckResult Compare(JsonElement expected, JsonElement actual, string path)
    {
        if (expected.ValueKind == JsonValueKind.Number && actual.ValueKind == JsonValueKind.Number)
        {
            return NumbersEqual(expected, actual) ? CheckResult.Pass : Differ(path, expected, actual);
        }
        if (expected.ValueKind != actual.ValueKind && !(IsBool(expected) && IsBool(actual)))
        {
            return Differ(path, expected, actual);
        }
        switch (expected.ValueKind)
        {
            case JsonValueKind.Array:
                var expectedItems = expected.EnumerateArray().ToList();
                var actualItems = actual.EnumerateArray().ToList();
                for (var i = 0; i < Math.Min(expectedItems.Count, actualItems.Count); i++)
                {
                    var item = Compare(expectedItems[i], actualItems[i], $"{path}[{i}]");
                    if (!item.Passed)
                    {
                        return item;
                    }
                }
                return expectedItems.Count == actualItems.Count
                    ? CheckResult.Pass
                    : CheckResult.Fail($"{path} has {actualItems.Count} elements, expected {expectedItems.Count}.");
            case JsonValueKind.Object:
                foreach (var property in expected.EnumerateObject())
                {
                    if (!actual.TryGetProperty(property.Name, out var actualValue))
                    {
                        return CheckResult.Fail($"{path}.{property.Name} is missing.");
                    }
                    var member = Compare(property.Value, actualValue, $"{path}.{property.Name}");
                    if (!member.Passed)
                    {
                        return member;
                    }
                }
                return CheckResult.Pass;
            case JsonValueKind.String:
                return expected.GetString() == actual.GetString() ? CheckResult.Pass : Differ(path, expected, actual);
            default:
                return expected.ValueKind == actual.ValueKind ? CheckResult.Pass : Differ(path, expected, actual);
        }
    }

    private bool NumbersEqual(JsonElement expected, JsonElement actual)
    {
        if (expected.TryGetDecimal(out var e) && actual.TryGetDecimal(out var a) && e == a)
        {
            return true;
        }
        if (tolerance is not { } eps)
        {
            return false;
        }
        var x = expected.GetDouble();
        var y = actual.GetDouble();
        var difference = Math.Abs(x - y);
        return difference <= eps || difference <= eps * Math.Abs(x);
    }

    private static bool IsBool(JsonElement e) => e.ValueKind is JsonValueKind.True or JsonValueKind.False;

    private static CheckResult Differ(string path, JsonElement expected, JsonElement actual) =>
        CheckResult.Fail($"{path}: expected {Show(expected)}, got {Show(actual)}.");

    private static string Show(JsonElement e)
    {
        var text = e.GetRawText();
        return text.Length <= 60 ? text : string.Create(CultureInfo.InvariantCulture, $"{text[..57]}...");
    }
}
