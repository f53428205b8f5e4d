using System.Text.Json;
using Judge.Cli.Tests.Infrastructure;
using Judge.Engine.Problems;

namespace Judge.Cli.Tests.Problems;

/// <summary><c>judge show</c> with the bundled problems: the statement, the limits and the starter code to copy, or the usage code for an unknown id.</summary>
public sealed class ShowCommandTests
{
    private const string Problem = "valid-palindrome";

    private static readonly string Folder = Path.Combine(ProblemCatalog.LocateBundled(AppContext.BaseDirectory), Problem);

    [Fact]
    public async Task Show_LocalProblem_PrintsTheStatementTheLimitsAndTheStarterCode()
    {
        var run = await CommandLine.RunAsync("show", Problem, "--local");

        Assert.True(run.Exit == ExitCodes.Ok, run.ToString());
        Assert.Contains("Valid Palindrome valid-palindrome", run.Output);
        Assert.Contains("1000 ms per test · 256 MB", run.Output);
        Assert.Contains("Given a string s, return true if it is a palindrome, and false otherwise.", run.Output);
        // The statement shows the signature too; the starter code is what comes after its own header, line by line.
        var starter = run.Output[run.Output.IndexOf("starter code", StringComparison.Ordinal)..];
        var position = 0;
        foreach (var line in File.ReadAllLines(Path.Combine(Folder, "starter.cs")).Where(l => l.Trim().Length > 0))
        {
            var found = starter.IndexOf(line.TrimEnd() + " ", position, StringComparison.Ordinal);
            Assert.True(found >= 0, $"the starter code's line '{line}' is missing:\n{starter}");
            position = found + line.Length;
        }
    }

    [Fact]
    public async Task Show_Json_HoldsTheWholeStatementAndStarterCode()
    {
        var run = await CommandLine.RunAsync("show", Problem, "--local", "--json");

        Assert.True(run.Exit == ExitCodes.Ok, run.ToString());
        var problem = JsonDocument.Parse(run.Output).RootElement;
        Assert.Equal(File.ReadAllText(Path.Combine(Folder, "statement.md")).Trim(), problem.GetProperty("statement").GetString()!.Trim());
        Assert.Equal(File.ReadAllText(Path.Combine(Folder, "starter.cs")).Trim(), problem.GetProperty("starterCode").GetString()!.Trim());
        Assert.Equal(1000, problem.GetProperty("limits").GetProperty("timeMs").GetInt32());
    }

    [Fact]
    public async Task Show_UnknownProblem_ExitsWithTheUsageCodeNamingIt()
    {
        var run = await CommandLine.RunAsync("show", "no-such-problem", "--local");

        Assert.True(run.Exit == ExitCodes.Usage, run.ToString());
        Assert.Contains("no-such-problem", run.Output);
    }
}
