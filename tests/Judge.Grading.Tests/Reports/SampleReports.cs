using Judge.Core.Verdicts;
using Judge.Grading.Reports;
using Judge.Grading.Similarity;

namespace Judge.Grading.Tests.Reports;

/// <summary>Small batches to render: three candidates, two problems, one flagged pair.</summary>
internal static class SampleReports
{
    public const string AdaSource = "public class LRUCache\n{\n    // ada's cache\n    public int Get(int key) => -1;\n}\n";

    public static BatchReport Batch(
        IReadOnlyList<string>? candidates = null,
        IReadOnlyList<ReportCell>? cells = null,
        IReadOnlyList<SimilarPair>? pairs = null) => new(
            "b-42",
            "Backend hiring, spring",
            new DateTimeOffset(2025, 3, 14, 9, 30, 0, TimeSpan.Zero),
            candidates ?? ["ada", "bob", "cy"],
            ["lru-cache", "pair-sum"],
            cells ??
            [
                Cell("ada", "lru-cache", Verdict.Accepted, 100, AdaSource),
                Cell("ada", "pair-sum", Verdict.WrongAnswer, 50),
                Cell("bob", "lru-cache", Verdict.Accepted, 100, AdaSource),
                Cell("bob", "pair-sum", null, 0),
                Cell("cy", "lru-cache", Verdict.CompilationError, 0, diagnostics:
                [
                    new Diagnostic("CS1002", DiagnosticSeverity.Error, "; expected", 12, 5, 12, 6),
                ]),
            ],
            pairs ?? [new SimilarPair("ada", "bob", "lru-cache", 0.97, [new MatchedRegion(1, 4, 1, 4)])]);

    public static ReportCell Cell(
        string candidate,
        string problem,
        Verdict? verdict,
        double score,
        string source = "class C { }",
        IReadOnlyList<Diagnostic>? diagnostics = null,
        IReadOnlyList<TestResult>? tests = null) =>
        new(candidate, problem, verdict, score, (int)(score / 50), 2, 12.5, 2048, diagnostics ?? [], tests ?? DefaultTests(verdict), source);

    /// <summary>A sample test, which carries its data, and a hidden one, which never does.</summary>
    private static IReadOnlyList<TestResult> DefaultTests(Verdict? verdict) => verdict switch
    {
        null or Verdict.CompilationError => [],
        _ =>
        [
            new TestResult("sample 1", "samples", Verdict.Accepted, 3.5, 1024, null, "[1, 2]", "3", "3"),
            new TestResult("hidden 1", "hidden", verdict.Value, 9, 2048, verdict == Verdict.Accepted ? null : "expected 7, got 8"),
        ],
    };
}
