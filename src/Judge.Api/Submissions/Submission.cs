using Judge.Core.Verdicts;
using Judge.Engine.Judging;

namespace Judge.Api.Submissions;

/// <summary>A stored submission: what was sent, where it is in the pipeline, and its result once completed.</summary>
public sealed record Submission(
    string Id,
    string ProblemId,
    string Language,
    string Source,
    DateTimeOffset CreatedAt,
    JudgeStatus Status,
    JudgeResult? Result,
    IReadOnlyList<TestResult> TestsSoFar);
