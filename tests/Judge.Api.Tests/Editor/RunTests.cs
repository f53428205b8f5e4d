using System.Net.Http.Json;
using System.Text.Json;
using Judge.Api.Tests.Infrastructure;
using Judge.Api.Tests.Submissions;

namespace Judge.Api.Tests.Editor;

/// <summary>POST /api/runs: the submission pipeline on the samples or the user's own inputs, every test shown in full.</summary>
public sealed class RunTests(JudgeApiFactory api) : IClassFixture<JudgeApiFactory>
{
    private static readonly string PairSumWrong = EditorRequests.ProblemFile("pair-sum", "solutions/same-position-twice.cs");

    [Fact]
    public async Task Run_WithoutTests_RunsEverySampleAndShowsIt()
    {
        var run = await api.RunAsync("valid-palindrome", Sources.Palindrome);

        Assert.Equal("Accepted", run.Verdict);
        Assert.Equal((3, 3), (run.Passed, run.Total));
        Assert.Equal(["example-1", "example-2", "example-3"], run.Tests.Select(t => t.Name));
        Assert.All(run.Tests, t => Assert.Equal("samples", t.Group));
        var first = run.Tests[0];
        Assert.Equal(("[\"A man, a plan, a canal: Panama\"]", "true", "true"), (first.Input, first.Expected, first.Actual));
    }

    [Fact]
    public async Task Run_WrongSolutionOnSamples_ShowsTheDifferingActual()
    {
        var run = await api.RunAsync("pair-sum", PairSumWrong);

        Assert.Equal("WrongAnswer", run.Verdict);
        var wrong = Assert.Single(run.Tests, t => t.Verdict == "WrongAnswer");
        Assert.Equal(("example-2", "[[2, 4, 3], 6]", "[[2,4]]", "[[2,4],[3,3]]"), (wrong.Name, wrong.Input, wrong.Expected, wrong.Actual));
        Assert.NotNull(wrong.Message);
    }

    [Fact]
    public async Task Run_CustomInputs_GetTheReferencesExpectedOutputsAndTheUsersActual()
    {
        var run = await api.RunAsync("pair-sum", PairSumWrong, "[[3, 1, 2], 4]", "[[1, 2, 3, 4], 5]");

        Assert.Equal("WrongAnswer", run.Verdict);
        Assert.Equal((1, 2), (run.Passed, run.Total));
        Assert.All(run.Tests, t => Assert.Equal("custom", t.Group));
        var (first, second) = (run.Tests[0], run.Tests[1]);
        Assert.Equal(("custom-1", "WrongAnswer", "[[3, 1, 2], 4]", "[[1,3]]", "[[1,3],[2,2]]"), (first.Name, first.Verdict, first.Input, first.Expected, first.Actual));
        Assert.Equal(("custom-2", "Accepted", "[[1,4],[2,3]]", "[[1,4],[2,3]]"), (second.Name, second.Verdict, second.Expected, second.Actual));
    }

    [Fact]
    public async Task Run_CustomStdioInput_IsTheStdinText()
    {
        const string input = "2024-05-01T10:00:00Z service=auth level=INFO msg=\"a\"\n2024-05-01T10:00:01Z service=auth level=INFO msg=\"b\"\n";
        var solution = EditorRequests.ProblemFile("log-levels", "solutions/field-parser.cs");

        var run = await api.RunAsync("log-levels", solution, input);

        var test = Assert.Single(run.Tests);
        Assert.Equal(("Accepted", input, "auth INFO 2\n", "auth INFO 2\n"), (test.Verdict, test.Input, test.Expected, test.Actual));
    }

    [Fact]
    public async Task Run_CustomDesignInput_IsDrivenByItsOperations()
    {
        var solution = EditorRequests.ProblemFile("lru-cache", "solutions/dictionary-linked-list.cs");

        var run = await api.RunAsync("lru-cache", solution, """{"ops": ["LRUCache", "Put", "Put", "Get"], "args": [[1], [1, 1], [2, 2], [1]]}""");

        var test = Assert.Single(run.Tests);
        Assert.Equal(("Accepted", "[null,null,null,-1]", "[null,null,null,-1]"), (test.Verdict, test.Expected, test.Actual));
    }

    [Fact]
    public async Task Run_InputTheReferenceFailsOn_RunsButIsNotChecked()
    {
        var run = await api.RunAsync("valid-palindrome", "public class Solution { public bool IsPalindrome(string s) => s is null; }", "[null]");

        Assert.Null(run.Verdict);
        var test = Assert.Single(run.Tests);
        Assert.Null(test.Verdict);
        Assert.Null(test.Expected);
        Assert.Equal("true", test.Actual);
        Assert.Contains("reference solution got RuntimeError", test.Message);
        Assert.Contains("NullReferenceException", test.Message);
    }

    [Fact]
    public async Task Run_InfiniteLoop_StopsAtTheProblemsTimeLimit()
    {
        var run = await api.RunAsync("valid-palindrome", Sources.InfiniteLoop, "[\"ab\"]");

        Assert.Equal("TimeLimitExceeded", run.Verdict);
        var test = Assert.Single(run.Tests);
        Assert.Equal("false", test.Expected);
        Assert.Null(test.Actual);
        Assert.Equal(1000, test.TimeMs);
    }

    [Fact]
    public async Task Run_SourceThatDoesNotCompile_HasDiagnosticsAndNoTests()
    {
        var run = await api.RunAsync("valid-palindrome", "public class Solution { public bool IsPalindrome(string s) => s.Lenght == 0; }", "[\"a\"]");

        Assert.Equal("CompilationError", run.Verdict);
        Assert.Empty(run.Tests);
        Assert.Equal(1, run.Total);
        Assert.Equal("CS1061", Assert.Single(run.Diagnostics).Id);
    }

    [Fact]
    public async Task Run_StoresNothing_TheSubmissionsTotalStaysTheSame()
    {
        var before = await SubmissionsTotal();

        var run = await api.RunAsync("valid-palindrome", Sources.Palindrome, "[\"ab\"]");

        Assert.Equal("Accepted", run.Verdict);
        Assert.Equal(before, await SubmissionsTotal());
    }

    private async Task<int> SubmissionsTotal() =>
        (await api.CreateClient().GetFromJsonAsync<JsonElement>("/api/submissions?pageSize=1")).GetProperty("total").GetInt32();
}
