using Judge.Core.Verdicts;

namespace Judge.Grading.Reports;

/// <summary>Standard competition ranking ("1224"): equal totals share a rank and the next rank skips ahead.</summary>
public static class Ranking
{
    public static IReadOnlyList<CandidateStanding> Rank(IReadOnlyList<string> candidates, IReadOnlyList<ReportCell> cells)
    {
        var totals = candidates
            .Select(candidate =>
            {
                var own = cells.Where(c => c.Candidate == candidate).ToList();
                // Scores carry two decimals; rounding the sum keeps 33.33 + 66.67 equal to 50 + 50.
                return (Candidate: candidate, Total: Math.Round(own.Sum(c => c.Score), 2), Solved: own.Count(c => c.Verdict == Verdict.Accepted));
            })
            .OrderByDescending(t => t.Total)
            .ThenBy(t => t.Candidate, StringComparer.Ordinal)
            .ToList();
        return totals
            .Select(t => new CandidateStanding(t.Candidate, 1 + totals.Count(other => other.Total > t.Total), t.Total, t.Solved))
            .ToList();
    }
}
