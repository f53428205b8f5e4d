using Judge.Core.Verdicts;

namespace Judge.Grading.Reports;

/// <summary>One candidate's result on one problem.</summary>
/// <param name="Verdict">The submission's overall verdict; null while it is pending.</param>
/// <param name="Score">0..100, as <see cref="Scoring.Score"/> gives it.</param>
/// <param name="Tests">Per-test results; input, expected and actual are only ever filled for sample tests.</param>
public sealed record ReportCell(
    string Candidate,
    string ProblemId,
    Verdict? Verdict,
    double Score,
    int Passed,
    int Total,
    double TimeMs,
    long MemoryKb,
    IReadOnlyList<Diagnostic> Diagnostics,
    IReadOnlyList<TestResult> Tests,
    string Source);
