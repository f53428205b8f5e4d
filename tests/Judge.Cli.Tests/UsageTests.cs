using Judge.Cli.Tests.Infrastructure;

namespace Judge.Cli.Tests;

/// <summary>A wrong command or an unreachable server exits with its own code, distinct from a failing verdict, before anything is judged.</summary>
public sealed class UsageTests : IDisposable
{
    private readonly TempFolder temp = new();

    [Theory]
    [InlineData("frobnicate")]
    [InlineData("submit")]
    [InlineData("submit", "missing.cs", "--problem", "valid-palindrome", "--local")]
    [InlineData("grade", "missing-folder", "--local")]
    [InlineData("grade", ".", "--out", "report.pdf", "--local")]
    [InlineData("problems", "--server", "ftp://example")]
    [InlineData("problems", "--local", "--problems", "missing-folder")]
    public async Task BadCommand_ExitsWithTheUsageCode(params string[] args)
    {
        var run = await CommandLine.RunAsync(args);

        Assert.True(run.Exit == ExitCodes.Usage, run.ToString());
    }

    [Fact]
    public async Task Submit_UnknownProblem_ExitsWithTheUsageCode()
    {
        var file = temp.Write("solution.cs", Sources.Palindrome);

        var run = await CommandLine.RunAsync("submit", file, "--problem", "no-such-problem", "--local");

        Assert.True(run.Exit == ExitCodes.Usage, run.ToString());
        Assert.Contains("no-such-problem", run.Output);
    }

    [Fact]
    public async Task Grade_MisplacedFile_ExitsWithTheUsageCodeNamingIt()
    {
        temp.Write("candidates/alice/valid-palindrome.cs", Sources.Palindrome);
        temp.Write("candidates/stray.cs", Sources.Palindrome);

        var run = await CommandLine.RunAsync("grade", Path.Combine(temp.Path, "candidates"), "--local");

        Assert.True(run.Exit == ExitCodes.Usage, run.ToString());
        Assert.Contains("stray.cs", run.Output);
    }

    [Fact]
    public async Task Problems_UnreachableServer_ExitsWithTheServerCode()
    {
        var run = await CommandLine.RunAsync("problems", "--server", "http://127.0.0.1:9");

        Assert.True(run.Exit == ExitCodes.Server, run.ToString());
    }

    public void Dispose() => temp.Dispose();
}
