using System.Text.Json;
using System.Text.RegularExpressions;
using Judge.Cli.Tests.Infrastructure;

namespace Judge.Cli.Tests.Submissions;

/// <summary><c>judge submit</c> with the embedded engine: the test table, compiler positions, and the exit code by verdict.</summary>
public sealed class SubmitCommandTests : IDisposable
{
    private readonly TempFolder temp = new();

    [Fact]
    public async Task Submit_AcceptedSolution_PrintsEveryTestAndExitsZero()
    {
        var file = temp.Write("solution.cs", Sources.Palindrome);

        var run = await CommandLine.RunAsync("submit", file, "--problem", "valid-palindrome", "--local");

        Assert.True(run.Exit == ExitCodes.Ok, run.ToString());
        Assert.Contains("example-1", run.Output);
        Assert.Matches(new Regex(@"Accepted · (\d+)/\1 tests passed · score 100"), run.Output);
    }

    [Fact]
    public async Task Submit_WrongAnswer_ExitsOneWithTheFailingTestsInTheJson()
    {
        // No --problem: the file's name says which problem it solves.
        var file = temp.Write("valid-palindrome.cs", Sources.PalindromeCaseSensitive);

        var run = await CommandLine.RunAsync("submit", file, "--local", "--json");

        Assert.True(run.Exit == ExitCodes.NotAccepted, run.ToString());
        var result = JsonDocument.Parse(run.Output).RootElement;
        Assert.Equal("WrongAnswer", result.GetProperty("verdict").GetString());
        Assert.Contains(result.GetProperty("tests").EnumerateArray(), t => t.GetProperty("verdict").GetString() == "WrongAnswer");
    }

    [Fact]
    public async Task Submit_CompileError_PrintsFileLineAndColumnAndExitsOne()
    {
        var file = temp.Write("broken.cs", "public class Solution\n{\n    public bool IsPalindrome(string s) => missing;\n}\n");

        var run = await CommandLine.RunAsync("submit", file, "-p", "valid-palindrome", "--local");

        Assert.True(run.Exit == ExitCodes.NotAccepted, run.ToString());
        Assert.Contains($"{file}:3:43: error CS0103:", run.Output);
        Assert.Contains("CompilationError", run.Output);
    }

    public void Dispose() => temp.Dispose();
}
