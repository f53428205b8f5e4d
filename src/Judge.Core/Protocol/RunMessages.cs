using Judge.Core.Problems;

namespace Judge.Core.Protocol;

/// <summary>
/// Host to runner: one compiled submission and the inputs of the tests to run, in order.
/// Expected outputs are never part of it.
/// </summary>
public sealed record RunRequest(
    byte[] Assembly,
    byte[]? Symbols,
    ProblemKind Kind,
    EntryPoint Entry,
    int TimeLimitMs,
    int OutputLimitBytes,
    int StackSizeKb,
    IReadOnlyList<RunTest> Tests);

public sealed record RunTest(int Index, string Input);

/// <summary>Runner to host: a test is about to start. If the runner dies now, this test is the culprit.</summary>
public sealed record RunEvent(
    RunEventType Type,
    int Index,
    RunOutcome Outcome = RunOutcome.Completed,
    string? Output = null,
    double TimeMs = 0,
    long MemoryKb = 0,
    string? Message = null);

public enum RunEventType
{
    Started,
    Finished,
    Fatal,
}

/// <summary>What the runner saw; the host turns it into a verdict with the problem's checker.</summary>
public enum RunOutcome
{
    Completed,
    Exception,
    TimeLimit,
    MemoryLimit,
    OutputLimit,
    SetupError,
}
