using Judge.Core.Verdicts;
using Judge.Engine.Judging;

namespace Judge.Api.Submissions;

/// <summary>A stored submission: what was sent, by whom, where it is in the pipeline, and its result once completed.</summary>
/// <param name="Attempt">How many times a worker has taken it; above 1 only when a restart interrupted a judgement.</param>
public sealed record Submission(
    string Id,
    string ProblemId,
    string Language,
    string Source,
    string Owner,
    DateTimeOffset CreatedAt,
    JudgeStatus Status,
    int Attempt,
    JudgeResult? Result,
    IReadOnlyList<TestResult> TestsSoFar,
    string? CallbackUrl = null);

/// <summary>A worker's hold on one submission for one attempt; writes from an older attempt are ignored.</summary>
public sealed record JudgeClaim(string SubmissionId, int Attempt);
