using Judge.Core.Verdicts;
using Judge.Grading.Similarity;

namespace Judge.Grading.Reports;

/// <summary>
/// A hiring batch: every candidate against every problem, plus the pairs of submissions that look copied.
/// A candidate × problem pair without a cell was not submitted.
/// </summary>
public sealed record BatchReport(
    string BatchId,
    string? Title,
    DateTimeOffset CreatedAt,
    IReadOnlyList<string> Candidates,
    IReadOnlyList<string> Problems,
    IReadOnlyList<ReportCell> Cells,
    IReadOnlyList<SimilarPair> SimilarPairs)
{
    /// <summary>Every candidate, best first (see <see cref="CandidateStanding"/>). Computed, so never out of step with the cells.</summary>
    public IReadOnlyList<CandidateStanding> Standings => Ranking.Rank(Candidates, Cells);

    /// <summary>Solve counts, one per problem in <see cref="Problems"/> order.</summary>
    public IReadOnlyList<ProblemSummary> ProblemSummaries =>
        Problems
            .Select(problem => Cells.Where(c => c.ProblemId == problem).ToList())
            .Select((cells, i) => new ProblemSummary(
                Problems[i],
                cells.Count(c => c.Verdict == Verdict.Accepted),
                cells.Count(c => c.Verdict is not null)))
            .ToList();

    public ReportCell? CellOf(string candidate, string problemId) =>
        Cells.FirstOrDefault(c => c.Candidate == candidate && c.ProblemId == problemId);
}
