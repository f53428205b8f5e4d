using System.Text.Json;

namespace Judge.Core.Checking;

/// <summary>
/// Like the exact checker, but the top-level array may come in any order (e.g. <c>pair-sum</c>). Elements are
/// ordered by their compact JSON, so the layout of the expected file does not matter.
/// </summary>
public sealed class UnorderedChecker() : JsonChecker("unordered")
{
    protected override JsonElement Normalize(JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.Array)
        {
            return element;
        }
        var sorted = element.EnumerateArray()
            .Select(item => JsonSerializer.Serialize(item))
            .Order(StringComparer.Ordinal)
            .ToList();
        return JsonDocument.Parse("[" + string.Join(',', sorted) + "]").RootElement;
    }
}
