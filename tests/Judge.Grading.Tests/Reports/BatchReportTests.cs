using Judge.Grading.Reports;

namespace Judge.Grading.Tests.Reports;

public sealed class BatchReportTests
{
    [Fact]
    public void ProblemSummaries_CountSolvedAndJudged_LeavingOutPendingAndMissing() =>
        Assert.Equal(
            [new ProblemSummary("lru-cache", 2, 3), new ProblemSummary("pair-sum", 0, 1)],
            SampleReports.Batch().ProblemSummaries);

    [Fact]
    public void Standings_FollowTheCells() =>
        Assert.Equal(
            [("ada", 1, 150.0), ("bob", 2, 100.0), ("cy", 3, 0.0)],
            SampleReports.Batch().Standings.Select(s => (s.Candidate, s.Rank, s.TotalScore)));

    [Fact]
    public void CellOf_MissingPair_IsNull() => Assert.Null(SampleReports.Batch().CellOf("cy", "pair-sum"));
}
