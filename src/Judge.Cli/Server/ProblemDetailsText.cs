using System.Text;
using System.Text.Json;

namespace Judge.Cli.Server;

/// <summary>An RFC 9457 problem-details answer in one line: title, detail, then each field's reasons.</summary>
public static class ProblemDetailsText
{
    public static async Task<string> ReadAsync(HttpResponseMessage response, CancellationToken cancel)
    {
        var body = await response.Content.ReadAsStringAsync(cancel);
        return Describe(body) ?? (response.ReasonPhrase ?? "no details");
    }

    public static string? Describe(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return null;
            }
            var text = new StringBuilder();
            Append(text, root, "title");
            Append(text, root, "detail");
            if (root.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Object)
            {
                foreach (var field in errors.EnumerateObject())
                {
                    var reasons = field.Value.ValueKind == JsonValueKind.Array
                        ? string.Join(" ", field.Value.EnumerateArray().Select(r => r.ToString()))
                        : field.Value.ToString();
                    text.Append(text.Length > 0 ? " " : "").Append(field.Name).Append(": ").Append(reasons);
                }
            }
            return text.Length > 0 ? text.ToString() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static void Append(StringBuilder text, JsonElement root, string name)
    {
        if (root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } s)
        {
            text.Append(text.Length > 0 ? " " : "").Append(s);
        }
    }
}
