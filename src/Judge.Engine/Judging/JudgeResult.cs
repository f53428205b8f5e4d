using Judge.Core.Verdicts;

namespace Judge.Engine.Judging;

/// <summary>The finished judgement of one submission.</summary>
public sealed record JudgeResult(
    Verdict Verdict,
    double Score,
    int Passed,
    int Total,
    double TimeMs,
    long MemoryKb,
    IReadOnlyList<Diagnostic> Diagnostics,
    IReadOnlyList<TestResult> Tests);

/// <summary>Where a submission is in the pipeline.</summary>
public enum JudgeStatus
{
    Queued,
    Compiling,
    Running,
    Completed,
}
