using Judge.Core.Verdicts;
using Judge.Engine.Judging;

namespace Judge.Cli.Submissions;

/// <summary>
/// A judged submission, from either mode; the shape of the API's submission view. <see cref="Id"/> is the server's
/// submission id, null when judged locally.
/// </summary>
public sealed record SubmissionOutcome(
    string? Id,
    string ProblemId,
    JudgeStatus Status,
    Verdict? Verdict,
    double Score,
    int Passed,
    int Total,
    double TimeMs,
    long MemoryKb,
    IReadOnlyList<Diagnostic> Diagnostics,
    IReadOnlyList<TestResult> Tests)
{
    public static SubmissionOutcome From(string problemId, JudgeResult r) =>
        new(null, problemId, JudgeStatus.Completed, r.Verdict, r.Score, r.Passed, r.Total, r.TimeMs, r.MemoryKb, r.Diagnostics, r.Tests);

    /// <summary>What the process exits with: 0 only when accepted.</summary>
    public int ExitCode => Verdict switch
    {
        Core.Verdicts.Verdict.Accepted => ExitCodes.Ok,
        Core.Verdicts.Verdict.InternalError or null => ExitCodes.JudgeFailed,
        _ => ExitCodes.NotAccepted,
    };
}

/// <summary>Hears a submission's progress as it happens, in either mode.</summary>
public interface ISubmissionListener
{
    /// <summary>The server took the submission under this id (server mode only).</summary>
    void Queued(string id);

    void StatusChanged(JudgeStatus status);

    void TestFinished(TestResult test);
}
