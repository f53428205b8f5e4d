using System.Text.Json;
using Judge.Cli.Tests.Infrastructure;
using Judge.Core.Verdicts;
using Judge.Grading.Reports;

namespace Judge.Cli.Tests.Grading;

/// <summary><c>judge grade</c> with the embedded engine: one command from a folder of candidates to a report.</summary>
public sealed class GradeCommandTests : IDisposable
{
    private readonly TempFolder temp = new();

    [Fact]
    public async Task Grade_LocalFolder_WritesAReportWithEachCandidatesVerdict()
    {
        var folder = temp.WriteCandidates();
        var reportPath = Path.Combine(temp.Path, "report.json");

        var run = await CommandLine.RunAsync("grade", folder, "--out", reportPath, "--local", "--json");

        Assert.True(run.Exit == ExitCodes.Ok, run.ToString());
        var report = JsonReport.Read(await File.ReadAllTextAsync(reportPath));
        Assert.Equal(Verdict.Accepted, report.CellOf("alice", "valid-palindrome")?.Verdict);
        Assert.Equal(Verdict.WrongAnswer, report.CellOf("bob", "valid-palindrome")?.Verdict);
        Assert.Equal("alice", report.Standings[0].Candidate);
        var summary = JsonDocument.Parse(run.Output).RootElement;
        Assert.Equal(2, summary.GetProperty("judged").GetInt32());
        Assert.False(summary.GetProperty("interrupted").GetBoolean());
        Assert.Equal(1, summary.GetProperty("verdicts").GetProperty("WrongAnswer").GetInt32());
    }

    public void Dispose() => temp.Dispose();
}
