using Judge.Core.Verdicts;
using Judge.Engine.Judging;

namespace Judge.Api.Submissions;

/// <summary>The body of <c>POST /api/submissions</c>. Fields are nullable so a missing one gets a clear 400, not a binding error.</summary>
public sealed record SubmissionRequest(string? ProblemId, string? Language, string? Source);

/// <summary>The answer to a new submission.</summary>
public sealed record SubmissionAccepted(string Id, JudgeStatus Status);

/// <summary>A submission as clients see it: status, verdict and per-test results.</summary>
public sealed record SubmissionView(
    string Id,
    string ProblemId,
    JudgeStatus Status,
    Verdict? Verdict,
    double Score,
    int Passed,
    int Total,
    double TimeMs,
    long MemoryKb,
    IReadOnlyList<Diagnostic> Diagnostics,
    IReadOnlyList<TestResult> Tests,
    DateTimeOffset CreatedAt)
{
    public static SubmissionView From(Submission s) => s.Result is { } r
        ? new(s.Id, s.ProblemId, s.Status, r.Verdict, r.Score, r.Passed, r.Total, r.TimeMs, r.MemoryKb, r.Diagnostics, r.Tests, s.CreatedAt)
        : new(s.Id, s.ProblemId, s.Status, null, 0, s.TestsSoFar.Count(t => t.Verdict == Core.Verdicts.Verdict.Accepted), 0, 0, 0, [], s.TestsSoFar, s.CreatedAt);
}
