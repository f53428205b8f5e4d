using System.Globalization;
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

    /// <summary>Both outputs are parsed where they are, the expected one in the cache and the actual one in its frame.</summary>
    public CheckResult Check(ReadOnlyMemory<byte> expected, ReadOnlyMemory<byte> actual, ReadOnlyMemory<byte> input) =>
        // The runner writes compact JSON, as generators do: a right answer is usually the very same text.
        actual.Span.SequenceEqual(expected.Span) ? CheckResult.Pass : CompareParsed(expected, actual);

    private CheckResult CompareParsed(ReadOnlyMemory<byte> expected, ReadOnlyMemory<byte> actual)
    {
        // The parser does not check the UTF-8 inside strings until one is read, and then it throws.
        if (!System.Text.Unicode.Utf8.IsValid(actual.Span))
        {
            return CheckResult.NotUtf8;
        }
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
                // In step, without a list of either side: a large output's elements would fill the large object heap.
                var index = 0;
                using (var expectedItems = expected.EnumerateArray())
                using (var actualItems = actual.EnumerateArray())
                {
                    while (expectedItems.MoveNext() && actualItems.MoveNext())
                    {
                        var item = Compare(expectedItems.Current, actualItems.Current, $"{path}[{index++}]");
                        if (!item.Passed)
                        {
                            return item;
                        }
                    }
                }
                var (expectedCount, actualCount) = (expected.GetArrayLength(), actual.GetArrayLength());
                return expectedCount == actualCount
                    ? CheckResult.Pass
                    : CheckResult.Fail($"{path} has {actualCount} elements, expected {expectedCount}.");
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
