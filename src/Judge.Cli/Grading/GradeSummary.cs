using Judge.Grading.Reports;

namespace Judge.Cli.Grading;

/// <summary>What <c>judge grade --json</c> prints: the matrix without sources and tests (the report file has those).</summary>
/// <param name="Report">The report file written, if any.</param>
/// <param name="Verdicts">Judged submissions by verdict name.</param>
public sealed record GradeSummary(
    string BatchId,
    string? Title,
    string? Report,
    bool Interrupted,
    int Total,
    int Judged,
    IReadOnlyDictionary<string, int> Verdicts,
    IReadOnlyList<CandidateStanding> Standings,
    IReadOnlyList<GradeSummary.Cell> Cells,
    IReadOnlyList<GradeSummary.Pair> SimilarPairs)
{
    public static GradeSummary From(GradeOutcome outcome, string? reportPath)
    {
        var report = outcome.Report;
        var judged = report.Cells.Where(c => c.Verdict is not null).ToList();
        return new GradeSummary(
            report.BatchId,
            report.Title,
            reportPath,
            outcome.Interrupted,
            report.Cells.Count,
            judged.Count,
            judged.GroupBy(c => c.Verdict!.Value.ToString()).ToDictionary(g => g.Key, g => g.Count()),
            report.Standings,
            [.. report.Cells.Select(c => new Cell(c.Candidate, c.ProblemId, c.Verdict?.ToString(), c.Score, c.Passed, c.Total, c.TimeMs))],
            [.. report.SimilarPairs.Select(p => new Pair(p.ProblemId, p.CandidateA, p.CandidateB, Math.Round(p.Similarity, 2)))]);
    }

    /// <param name="Verdict">Null when the submission was not judged.</param>
    public sealed record Cell(string Candidate, string ProblemId, string? Verdict, double Score, int Passed, int Total, double TimeMs);

    public sealed record Pair(string ProblemId, string CandidateA, string CandidateB, double Similarity);
}
