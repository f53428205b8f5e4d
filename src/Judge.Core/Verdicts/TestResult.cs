namespace Judge.Core.Verdicts;

/// <summary>The judged result of one test. Input, expected and actual are filled for sample tests only.</summary>
public sealed record TestResult(
    string Name,
    string Group,
    Verdict Verdict,
    double TimeMs,
    long MemoryKb,
    string? Message,
    string? Input = null,
    string? Expected = null,
    string? Actual = null);
