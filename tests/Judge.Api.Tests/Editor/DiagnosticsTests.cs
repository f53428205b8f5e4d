using System.Diagnostics;
using Judge.Api.Tests.Infrastructure;

namespace Judge.Api.Tests.Editor;

/// <summary>POST /api/diagnostics: the compile a submission gets, in the sandboxed compiler pool, and nothing run.</summary>
public sealed class DiagnosticsTests(JudgeApiFactory api) : IClassFixture<JudgeApiFactory>
{
    [Fact]
    public async Task Diagnose_SyntaxError_IsReportedAtItsExactLineAndColumn()
    {
        var result = await api.DiagnoseAsync("valid-palindrome", "public class Solution\n{\n    public bool IsPalindrome(string s)\n    {\n        return s.Length < 2\n    }\n}\n");

        Assert.False(result.Ok);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(("CS1002", "Error"), (error.Id, error.Severity));
        Assert.Equal((5, 28, 5, 28), (error.Line, error.Column, error.EndLine, error.EndColumn));
    }

    [Fact]
    public async Task Diagnose_ForbiddenApi_IsJudge100AtTheApiEvenBesideACompileError()
    {
        var result = await api.DiagnoseAsync("valid-palindrome", "public class Solution\n{\n    public bool IsPalindrome(string s) => System.IO.File.Exists(s) && undefined;\n}\n");

        Assert.False(result.Ok);
        var forbidden = Assert.Single(result.Diagnostics, d => d.Id == "JUDGE100");
        Assert.Contains("System.IO.File", forbidden.Message);
        Assert.Equal((3, 53, 3, 57), (forbidden.Line, forbidden.Column, forbidden.EndLine, forbidden.EndColumn));
        Assert.Contains(result.Diagnostics, d => d.Id == "CS0103" && d.Line == 3);
    }

    [Fact]
    public async Task Diagnose_RecursionWhereTheProblemForbidsIt_IsJudge101AtTheCall()
    {
        var source = EditorRequests.ProblemFile("flatten-nested-list", "solutions/recursive.cs");

        var result = await api.DiagnoseAsync("flatten-nested-list", source);

        Assert.False(result.Ok);
        var recursion = Assert.Single(result.Diagnostics, d => d.Id == "JUDGE101");
        Assert.Contains("'Walk' calls itself", recursion.Message);
        var line = source.ReplaceLineEndings("\n").Split('\n')[recursion.Line - 1];
        Assert.StartsWith("Walk((IList<object>)item, result)", line[(recursion.Column - 1)..]);
    }

    [Fact]
    public async Task Diagnose_MissingEntryPoint_IsJudge001()
    {
        var result = await api.DiagnoseAsync("valid-palindrome", "public class Solution\n{\n    public bool IsPalindrom(string s) => true;\n}\n");

        Assert.False(result.Ok);
        var missing = Assert.Single(result.Diagnostics);
        Assert.Equal("JUDGE001", missing.Id);
        Assert.Contains("IsPalindrome", missing.Message);
        Assert.Equal(1, missing.Line);
    }

    [Fact]
    public async Task Diagnose_WarningsOnly_IsOkAndShowsThem()
    {
        var result = await api.DiagnoseAsync("valid-palindrome", "public class Solution\n{\n    public bool IsPalindrome(string s) { int unused; return true; }\n}\n");

        Assert.True(result.Ok);
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal(("CS0168", "Warning", 3, 46), (warning.Id, warning.Severity, warning.Line, warning.Column));
    }

    [Fact]
    public async Task Diagnose_SourceThatWouldNeverEnd_AnswersAtOnceBecauseNothingRuns()
    {
        await api.DiagnoseAsync("valid-palindrome", Submissions.Sources.Palindrome);
        var clock = Stopwatch.StartNew();

        var result = await api.DiagnoseAsync("valid-palindrome", Submissions.Sources.InfiniteLoop);

        Assert.True(result.Ok);
        Assert.Empty(result.Diagnostics);
        Assert.InRange(result.CompileMs, 0.01, 5000);
        Assert.True(clock.ElapsedMilliseconds < 5000, $"Took {clock.ElapsedMilliseconds} ms; the problem's limit is 1000 ms per test.");
    }
}
