using Judge.Grading.Similarity;

namespace Judge.Grading.Reports;

/// <summary>Builds a <see cref="BatchReport"/> from its cells: candidates and problems in order, and the copied-looking pairs.</summary>
public static class BatchReports
{
    public const double DefaultSimilarityThreshold = 0.6;

    public static BatchReport Create(
        string batchId,
        string? title,
        DateTimeOffset createdAt,
        IReadOnlyList<ReportCell> cells,
        IReadOnlyDictionary<string, string> starterCodeByProblem,
        double similarityThreshold = DefaultSimilarityThreshold) =>
        new(
            batchId,
            title,
            createdAt,
            [.. cells.Select(c => c.Candidate).Distinct().Order(StringComparer.Ordinal)],
            [.. cells.Select(c => c.ProblemId).Distinct().Order(StringComparer.Ordinal)],
            cells,
            SimilarityDetector.FindPairs(
                [.. cells.Select(c => new SubmittedSource(c.Candidate, c.ProblemId, c.Source))], starterCodeByProblem, similarityThreshold));
}
