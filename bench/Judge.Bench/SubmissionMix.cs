using System.Text.Json;

namespace Judge.Bench;

public sealed record Submission(string ProblemId, string Source, string Kind);

/// <summary>The bank's own reference solutions (accepted, wrong, too slow) plus one compile error per problem.</summary>
public sealed class SubmissionMix
{
    public required IReadOnlyList<Submission> All { get; init; }

    public required Submission SmallAccepted { get; init; }

    public required int Problems { get; init; }

    public static SubmissionMix From(string problems)
    {
        var all = new List<Submission>();
        var folders = Directory.GetDirectories(problems).Order().ToList();
        foreach (var folder in folders)
        {
            var id = Path.GetFileName(folder);
            using var meta = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "problem.json")));
            foreach (var reference in meta.RootElement.GetProperty("references").EnumerateArray())
            {
                var source = File.ReadAllText(Path.Combine(folder, reference.GetProperty("file").GetString()!));
                all.Add(new Submission(id, source, reference.GetProperty("verdict").GetString()!));
            }
            all.Add(new Submission(id, "public class Solution { public int F() => undefined; }", "CompilationError"));
        }
        // The smallest accepted solution of a problem with small tests: the "small submission" of the targets.
        var small = all.Where(s => s.Kind == "Accepted" && s.ProblemId == "reverse-string").DefaultIfEmpty(all.First(s => s.Kind == "Accepted")).First();
        return new SubmissionMix { All = all, SmallAccepted = small, Problems = folders.Count };
    }
}
