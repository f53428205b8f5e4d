using System.Text.Json;
using Judge.Api.Tests.Infrastructure;

namespace Judge.Api.Tests.Submissions;

/// <summary>
/// A pair-sum solution that throws every test's input back as its exception's message, as a submission would
/// to read the hidden tests, and what it leaks on each test.
/// </summary>
internal static class LeakyPairSum
{
    public const string Problem = "pair-sum";

    /// <summary>
    /// Starts every leaked message, so a leak shows wherever it ends up. The source builds it from two halves, so
    /// a report that shows the source does not show the marker.
    /// </summary>
    public const string Marker = "LEAK[";

    public const string Source = """
        public class Solution
        {
            public IList<int[]> FindPairs(int[] nums, int target)
            {
                throw new System.Exception("LE" + $"AK[{string.Join(",", nums)}|{target}]");
            }
        }
        """;

    /// <summary>All a hidden test may say about the exception: its type and the line that threw it.</summary>
    public const string HiddenMessage = "System.Exception (line 5)";

    /// <summary>The message the solution throws on each test of a group file, as it builds it.</summary>
    public static IReadOnlyList<string> LeaksOf(string group) =>
        Inputs(group).Select(input =>
        {
            using var json = JsonDocument.Parse(input);
            var nums = json.RootElement[0].EnumerateArray().Select(n => n.GetInt32());
            return $"LEAK[{string.Join(",", nums)}|{json.RootElement[1].GetInt32()}]";
        }).ToList();

    /// <summary>The inputs of a group file as the problem holds them (and as a sample test shows them).</summary>
    public static IReadOnlyList<string> Inputs(string group)
    {
        using var tests = JsonDocument.Parse(File.ReadAllText(Path.Combine(ProblemFolders.Root, Problem, "tests", $"{group}.json")));
        return tests.RootElement.EnumerateArray().Select(t => t.GetProperty("input").GetRawText()).ToList();
    }

    /// <summary>A hidden test as JSON: no input, expected or actual output, and the exception's type and line alone.</summary>
    public static void AssertShowsNothingOfItsOwn(JsonElement hiddenTest)
    {
        Assert.Equal(HiddenMessage, hiddenTest.GetProperty("message").GetString());
        Assert.All(["input", "expected", "actual"], field =>
            Assert.True(!hiddenTest.TryGetProperty(field, out var value) || value.ValueKind == JsonValueKind.Null, $"a hidden test shows its {field}"));
    }

    /// <summary>The text without the samples' own leaks, which may be shown: any marker left came from a hidden test.</summary>
    public static string WithoutSampleLeaks(string text) => LeaksOf("samples").Aggregate(text, (rest, leak) => rest.Replace(leak, "", StringComparison.Ordinal));
}
