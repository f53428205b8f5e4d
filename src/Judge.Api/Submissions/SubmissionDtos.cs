using Judge.Core.Verdicts;
using Judge.Engine.Judging;

namespace Judge.Api.Submissions;

/// <summary>The body of <c>POST /api/submissions</c>. Fields are nullable so a missing one gets a clear 400, not a binding error.</summary>
/// <param name="CallbackUrl">Optional: the finished result is POSTed here (signed when a callback secret is configured).</param>
public sealed record SubmissionRequest(string? ProblemId, string? Language, string? Source, string? CallbackUrl = null);

/// <summary>The answer to a new submission.</summary>
public sealed record SubmissionAccepted(string Id, JudgeStatus Status);

/// <summary>A submission as clients see it: status, verdict and per-test results.</summary>
public sealed record SubmissionView(
    string Id,
    string ProblemId,
    string Owner,
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
        ? new(s.Id, s.ProblemId, s.Owner, s.Status, r.Verdict, r.Score, r.Passed, r.Total, r.TimeMs, r.MemoryKb, r.Diagnostics, r.Tests, s.CreatedAt)
        : new(s.Id, s.ProblemId, s.Owner, s.Status, null, 0, s.TestsSoFar.Count(t => t.Verdict == Core.Verdicts.Verdict.Accepted), 0, 0, 0, [], s.TestsSoFar, s.CreatedAt);
}

/// <summary>One line of the submission list: the verdict without per-test results.</summary>
public sealed record SubmissionSummary(
    string Id, string ProblemId, string Owner, JudgeStatus Status, Verdict? Verdict, double Score, int Passed, int Total, double TimeMs, DateTimeOffset CreatedAt)
{
    public static SubmissionSummary From(Submission s) =>
        new(s.Id, s.ProblemId, s.Owner, s.Status, s.Result?.Verdict, s.Result?.Score ?? 0, s.Result?.Passed ?? 0, s.Result?.Total ?? 0, s.Result?.TimeMs ?? 0, s.CreatedAt);
}

/// <summary>A page of <c>GET /api/submissions</c>, newest first.</summary>
public sealed record SubmissionList(IReadOnlyList<SubmissionSummary> Items, int Page, int PageSize, int Total);
