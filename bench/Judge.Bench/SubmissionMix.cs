using System.Text.Json;

namespace Judge.Bench;

public sealed record Submission(string ProblemId, string Source, string Kind, string EntryClass);

/// <summary>The bank's own reference solutions (accepted, wrong, too slow) plus one compile error per problem.</summary>
public sealed class SubmissionMix
{
    public required IReadOnlyList<Submission> All { get; init; }

    /// <summary>The mix without the deliberate time-outs: what a soak can send thousands of in minutes.</summary>
    public IReadOnlyList<Submission> Fast => All.Where(s => s.Kind != "TimeLimitExceeded").ToList();

    /// <summary>Every reference (accepted and wrong) of the small problem, and its compile error.</summary>
    public IReadOnlyList<Submission> Small => All.Where(s => s.ProblemId == SmallAccepted.ProblemId).ToList();

    /// <summary>An accepted solution of a problem with small tests only: the "small submission" of the targets.</summary>
    public required Submission SmallAccepted { get; init; }

    public required int SmallTests { get; init; }

    /// <summary>An accepted solution of a problem whose performance tests carry megabytes of input.</summary>
    public required Submission LargeAccepted { get; init; }

    public required int Problems { get; init; }

    public static SubmissionMix From(string problems, string smallProblem)
    {
        var all = new List<Submission>();
        var folders = Directory.GetDirectories(problems).Order().ToList();
        foreach (var folder in folders)
        {
            var id = Path.GetFileName(folder);
            using var meta = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "problem.json")));
            var entryClass = meta.RootElement.GetProperty("entry").GetProperty("class").GetString()!;
            foreach (var reference in meta.RootElement.GetProperty("references").EnumerateArray())
            {
                var source = File.ReadAllText(Path.Combine(folder, reference.GetProperty("file").GetString()!));
                all.Add(new Submission(id, source, reference.GetProperty("verdict").GetString()!, entryClass));
            }
            all.Add(new Submission(id, "public class Solution { public int F() => undefined; }", "CompilationError", entryClass));
        }
        Submission AcceptedOf(string problem) =>
            all.FirstOrDefault(s => s.Kind == "Accepted" && s.ProblemId == problem)
            ?? throw new ArgumentException($"No accepted reference for '{problem}'.");
        var smallTests = Directory.GetFiles(Path.Combine(problems, smallProblem, "tests"), "*.json")
            .Sum(f => JsonDocument.Parse(File.ReadAllText(f)).RootElement.GetArrayLength());
        return new SubmissionMix
        {
            All = all,
            SmallAccepted = AcceptedOf(smallProblem),
            SmallTests = smallTests,
            LargeAccepted = AcceptedOf("reverse-string"),
            Problems = folders.Count,
        };
    }
}
