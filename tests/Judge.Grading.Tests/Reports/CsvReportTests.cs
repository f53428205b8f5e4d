using Judge.Grading.Reports;

namespace Judge.Grading.Tests.Reports;

public sealed class CsvReportTests
{
    [Fact]
    public void Write_OneRowPerCandidateInRankOrder_ScoreAndVerdictPerProblem()
    {
        var csv = CsvReport.Write(SampleReports.Batch());

        Assert.Equal(
            "Rank,Candidate,lru-cache score,lru-cache verdict,pair-sum score,pair-sum verdict,Total\r\n" +
            "1,ada,100,Accepted,50,WrongAnswer,150\r\n" +
            "2,bob,100,Accepted,0,Pending,100\r\n" +
            "3,cy,0,CompilationError,,,0\r\n",
            csv);
    }

    [Fact]
    public void Write_HostileCandidateNames_AreQuotedAndCannotRunAsFormulas()
    {
        string[] candidates = ["=cmd|' /C calc'!A0", "Lovelace, \"Ada\""];
        var report = SampleReports.Batch(candidates, [SampleReports.Cell(candidates[0], "lru-cache", null, 0)], []);

        var rows = CsvReport.Write(report).Split("\r\n");

        Assert.StartsWith("1,'=cmd|' /C calc'!A0,", rows[1]);
        Assert.StartsWith("1,\"Lovelace, \"\"Ada\"\"\",", rows[2]);
    }
}
