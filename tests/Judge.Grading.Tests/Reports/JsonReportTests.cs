using Judge.Core.Verdicts;
using Judge.Grading.Reports;

namespace Judge.Grading.Tests.Reports;

public sealed class JsonReportTests
{
    [Fact]
    public void Write_UsesCamelCaseAndEnumNames()
    {
        var json = JsonReport.Write(SampleReports.Batch());

        Assert.Contains("\"batchId\": \"b-42\"", json);
        Assert.Contains("\"verdict\": \"WrongAnswer\"", json);
        Assert.Contains("\"severity\": \"Error\"", json);
        Assert.Contains("\"verdict\": null", json);
    }

    [Fact]
    public void Write_IncludesTheComputedStandingsAndSummaries()
    {
        var json = JsonReport.Write(SampleReports.Batch());

        Assert.Contains("\"standings\"", json);
        Assert.Contains("\"rank\": 1", json);
        Assert.Contains("\"problemSummaries\"", json);
    }

    [Fact]
    public void Read_OfWrite_GivesBackTheSameReport()
    {
        var original = SampleReports.Batch();

        var json = JsonReport.Write(original);
        var read = JsonReport.Read(json);

        Assert.Equal(json, JsonReport.Write(read));
        Assert.Equal(original.CreatedAt, read.CreatedAt);
        Assert.Equal(original.Cells.Count, read.Cells.Count);
        Assert.Equal(original.SimilarPairs[0].Regions, read.SimilarPairs[0].Regions);
        var sample = read.CellOf("ada", "pair-sum")!.Tests[0];
        Assert.Equal(("[1, 2]", "3", "3", Verdict.Accepted), (sample.Input, sample.Expected, sample.Actual, sample.Verdict));
    }
}
