using Judge.Core.Verdicts;
using Judge.Engine.Judging;

namespace Judge.Cli.Server;

// The API's answers this tool reads, as the service writes them (camelCase JSON, enums by name).

/// <summary><c>POST /api/submissions</c> → 202.</summary>
public sealed record SubmissionAccepted(string Id, JudgeStatus Status);

/// <summary>The payload of a <c>status</c> event.</summary>
public sealed record StatusEvent(JudgeStatus Status);

/// <summary><c>POST /api/batches</c> → 202.</summary>
public sealed record BatchAccepted(string Id, int Submissions);

/// <summary><c>GET /api/batches/{id}</c>: progress (the matrix cells are not needed here; the report has them).</summary>
public sealed record BatchProgress(string Id, string? Title, int Total, int Completed, bool Finished, IReadOnlyDictionary<string, int> Verdicts)
{
    public Grading.GradeTally Tally() => new(
        Total,
        Completed,
        Verdicts.Where(v => Enum.TryParse<Verdict>(v.Key, out _)).ToDictionary(v => Enum.Parse<Verdict>(v.Key), v => v.Value));
}
