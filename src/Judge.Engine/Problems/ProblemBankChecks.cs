using System.Text.Json;
using Judge.Core.Problems;

namespace Judge.Engine.Problems;

/// <summary>
/// Checks a problem's text against its data: the statement must show every sample test, so what a learner
/// reads is what the judge runs. Whitespace is ignored; JSON values are compared in compact form.
/// </summary>
public static class ProblemBankChecks
{
    /// <summary>Each piece of a sample (argument, operations, expected output) the statement does not show.</summary>
    public static IEnumerable<string> SamplesMissingFromStatement(Problem problem)
    {
        var statement = Squeeze(problem.Statement);
        foreach (var sample in problem.Samples)
        {
            foreach (var piece in Pieces(problem.Kind, sample).Where(p => !statement.Contains(Squeeze(p), StringComparison.Ordinal)))
            {
                yield return $"{problem.Id}/{sample.Name}: the statement does not show {Shorten(piece)}";
            }
        }
    }

    private static IEnumerable<string> Pieces(ProblemKind kind, TestCase sample)
    {
        if (kind == ProblemKind.Stdio)
        {
            yield return sample.DisplayInput(kind);
            yield return sample.Expected;
            yield break;
        }
        using var input = JsonDocument.Parse(sample.Input);
        var parts = input.RootElement.ValueKind == JsonValueKind.Array
            ? input.RootElement.EnumerateArray().ToList()
            : [input.RootElement.GetProperty("ops"), input.RootElement.GetProperty("args")];
        foreach (var part in parts)
        {
            yield return part.ValueKind == JsonValueKind.String ? part.GetString()! : Compact(part);
        }
        using var expected = JsonDocument.Parse(sample.Expected);
        yield return expected.RootElement.ValueKind == JsonValueKind.String ? expected.RootElement.GetString()! : Compact(expected.RootElement);
    }

    private static string Compact(JsonElement e) => JsonSerializer.Serialize(e);

    private static string Squeeze(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..57] + "...";
}
