using System.Text.Json;
using Judge.Cli.Tests.Infrastructure;

namespace Judge.Cli.Tests.Server;

/// <summary>The same commands against a running service over HTTP: live tests, batches, reports and API keys.</summary>
public sealed class ServerModeTests(JudgeServer server) : IClassFixture<JudgeServer>, IDisposable
{
    private readonly TempFolder temp = new();

    [Fact]
    public async Task Problems_FromServer_ListsTheBankAsJson()
    {
        var run = await CommandLine.RunAsync("problems", "--server", server.Url, "--json");

        Assert.True(run.Exit == ExitCodes.Ok, run.ToString());
        var ids = JsonDocument.Parse(run.Output).RootElement.EnumerateArray().Select(p => p.GetProperty("id").GetString());
        Assert.Contains("valid-palindrome", ids);
    }

    [Fact]
    public async Task Submit_ToServer_ShowsEachTestAndExitsOneOnWrongAnswer()
    {
        var file = temp.Write("solution.cs", Sources.PalindromeCaseSensitive);

        var run = await CommandLine.RunAsync("submit", file, "--problem", "valid-palindrome", "--server", server.Url, "--api-key", JudgeServer.ApiKey);

        Assert.True(run.Exit == ExitCodes.NotAccepted, run.ToString());
        Assert.Contains("example-1", run.Output);
        Assert.Contains("WrongAnswer ·", run.Output);
        Assert.Matches(@"submission [0-9a-f]{32}", run.Output);
    }

    [Fact]
    public async Task Submit_WithoutApiKey_ExitsWithTheServerCodeAndSaysWhy()
    {
        var file = temp.Write("solution.cs", Sources.Palindrome);

        var run = await CommandLine.RunAsync("submit", file, "--problem", "valid-palindrome", "--server", server.Url);

        Assert.True(run.Exit == ExitCodes.Server, run.ToString());
        Assert.Contains("401", run.Output);
        Assert.Contains("--api-key", run.Output);
    }

    [Fact]
    public async Task Grade_OnServer_WritesTheReportWithEachCandidatesVerdict()
    {
        var folder = temp.WriteCandidates();
        var reportPath = Path.Combine(temp.Path, "report.csv");

        var run = await CommandLine.RunAsync("grade", folder, "--out", reportPath, "--server", server.Url, "--api-key", JudgeServer.ApiKey);

        Assert.True(run.Exit == ExitCodes.Ok, run.ToString());
        Assert.Matches(@"Batch [0-9a-f]{32} is on the server", run.Output);
        var rows = await File.ReadAllLinesAsync(reportPath);
        Assert.StartsWith("1,alice,100,Accepted,", rows[1]);
        Assert.Contains(",WrongAnswer,", rows[2]);
    }

    public void Dispose() => temp.Dispose();
}
