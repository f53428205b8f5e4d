namespace Judge.Core.Verdicts;

/// <summary>The outcome of one test or of a whole submission.</summary>
/// <remarks><see cref="Skipped"/> exists only for tests: the rest of a group after a crash or a time-out.</remarks>
public enum Verdict
{
    Accepted,
    WrongAnswer,
    CompilationError,
    RuntimeError,
    TimeLimitExceeded,
    MemoryLimitExceeded,
    OutputLimitExceeded,
    Rejected,
    InternalError,
    Skipped,
}
