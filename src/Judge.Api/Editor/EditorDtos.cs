using Judge.Core.Verdicts;

namespace Judge.Api.Editor;

/// <summary>The body of <c>POST /api/diagnostics</c>. Fields are nullable so a missing one gets a clear 400, not a binding error.</summary>
/// <param name="Language">Optional; <c>csharp</c>, the only language, when left out.</param>
public sealed record DiagnosticsRequest(string? ProblemId, string? Source, string? Language = null);

/// <summary>What an editor shows after a check: nothing ran.</summary>
/// <param name="Ok">True when the source compiles and passes the judge's checks, so a submission would run.</param>
/// <param name="CompileMs">Time the compiler spent on the source, in milliseconds.</param>
/// <param name="Diagnostics">Compiler errors and warnings and the judge's own checks (JUDGE001, JUDGE100, JUDGE101), in the sent text's lines and columns.</param>
public sealed record DiagnosticsResult(bool Ok, double CompileMs, IReadOnlyList<Diagnostic> Diagnostics);

/// <summary>The body of <c>POST /api/runs</c>.</summary>
/// <param name="Tests">The user's own test inputs; left out, the run uses the problem's sample tests.</param>
/// <param name="Language">Optional; <c>csharp</c>, the only language, when left out.</param>
public sealed record RunCodeRequest(string? ProblemId, string? Source, IReadOnlyList<CustomTestInput?>? Tests = null, string? Language = null);

/// <summary>One test of the user's own.</summary>
/// <param name="Input">
/// In the form the problem's samples show it: the JSON argument array (function problems), the JSON
/// operations object (design problems) or the stdin text (stdio problems).
/// </param>
public sealed record CustomTestInput(string? Input);

/// <summary>The result of a run. Nothing is stored.</summary>
/// <param name="Verdict">
/// As for a submission; null when every test ran without failing but some had no expected output to compare with.
/// </param>
public sealed record RunResult(
    string ProblemId,
    Verdict? Verdict,
    int Passed,
    int Total,
    double TimeMs,
    long MemoryKb,
    IReadOnlyList<Diagnostic> Diagnostics,
    IReadOnlyList<RunTestResult> Tests);

/// <summary>One test of a run, shown in full: runs only hold samples and the user's own inputs.</summary>
/// <param name="Group"><c>samples</c>, or <c>custom</c> for the user's own tests.</param>
/// <param name="Verdict">Null when the test ran but had no expected output; <see cref="Message"/> says why.</param>
/// <param name="Expected">Null when there is nothing to compare with.</param>
/// <param name="Actual">Null when the test did not finish.</param>
public sealed record RunTestResult(
    string Name,
    string Group,
    Verdict? Verdict,
    double TimeMs,
    long MemoryKb,
    string? Message,
    string Input,
    string? Expected,
    string? Actual);
