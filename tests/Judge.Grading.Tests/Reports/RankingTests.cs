using Judge.Core.Verdicts;
using Judge.Grading.Reports;

namespace Judge.Grading.Tests.Reports;

public sealed class RankingTests
{
    private static ReportCell Scored(string candidate, string problem, double score) =>
        SampleReports.Cell(candidate, problem, score == 100 ? Verdict.Accepted : Verdict.WrongAnswer, score);

    [Fact]
    public void Rank_EqualTotals_ShareARankAndTheNextRankSkips()
    {
        var standings = Ranking.Rank(
            ["dee", "cy", "bob", "ada"],
            [Scored("ada", "p", 100), Scored("bob", "p", 50), Scored("cy", "p", 50), Scored("dee", "p", 20)]);

        Assert.Equal([("ada", 1), ("bob", 2), ("cy", 2), ("dee", 4)], standings.Select(s => (s.Candidate, s.Rank)));
    }

    [Fact]
    public void Rank_TotalsAreSumsOfProblemScores_AndSolvedCountsAccepted()
    {
        var standings = Ranking.Rank(["ada"], [Scored("ada", "p", 100), Scored("ada", "q", 37.5)]);

        Assert.Equal(new CandidateStanding("ada", 1, 137.5, 1), Assert.Single(standings));
    }

    [Fact]
    public void Rank_SumsThatDifferOnlyByRounding_Tie()
    {
        var standings = Ranking.Rank(
            ["ada", "bob"],
            [Scored("ada", "p", 33.33), Scored("ada", "q", 66.67), Scored("bob", "p", 50), Scored("bob", "q", 50)]);

        Assert.All(standings, s => Assert.Equal(1, s.Rank));
    }

    [Fact]
    public void Rank_CandidateWithoutSubmissions_IsLastWithZero()
    {
        var standings = Ranking.Rank(["ada", "bob"], [Scored("bob", "p", 10)]);

        Assert.Equal(new CandidateStanding("ada", 2, 0, 0), standings[^1]);
    }
}
