using Judge.Api.Tests.Infrastructure;

namespace Judge.Api.Tests.Submissions;

/// <summary>Each verdict, end to end through HTTP, the compiler worker and the sandboxed runner.</summary>
public sealed class VerdictTests(JudgeApiFactory api) : IClassFixture<JudgeApiFactory>
{
    private const string Problem = "valid-palindrome";

    [Fact]
    public async Task Submit_CorrectSolution_IsAcceptedWithEveryTestReported()
    {
        var result = await api.JudgeAsync(Problem, Sources.Palindrome);

        Assert.Equal("Completed", result.Status);
        result.ShouldBe("Accepted");
        Assert.Equal(100, result.Score);
        Assert.Equal(result.Total, result.Passed);
        Assert.Equal(result.Total, result.Tests.Count);
        Assert.All(result.Tests, t => Assert.Equal("Accepted", t.Verdict));
        Assert.All(result.Tests, t => Assert.True(t.MemoryKb > 0));
        var sample = result.Tests.First(t => t.Group == "samples");
        Assert.Equal("[\"A man, a plan, a canal: Panama\"]", sample.Input);
        Assert.Equal("true", sample.Expected);
        Assert.Equal("true", sample.Actual);
        Assert.All(result.Tests.Where(t => t.Group != "samples"), t => Assert.Null(t.Input ?? t.Expected ?? t.Actual));
    }

    [Fact]
    public async Task Submit_WrongSolution_IsWrongAnswerWithWhereItDiffersOnSamples()
    {
        var result = await api.JudgeAsync(Problem, Sources.PalindromeCaseSensitive);

        result.ShouldBe("WrongAnswer");
        Assert.InRange(result.Score, 1, 99);
        var firstSample = result.Tests.First(t => t.Group == "samples");
        Assert.Equal("WrongAnswer", firstSample.Verdict);
        Assert.Equal("result: expected true, got false.", firstSample.Message);
        Assert.Equal("false", firstSample.Actual);
    }

    [Fact]
    public async Task Submit_SourceThatDoesNotCompile_IsCompilationErrorAtTheUsersLineAndColumn()
    {
        var result = await api.JudgeAsync(Problem, "public class Solution\n{\n    public bool IsPalindrome(string s)\n    {\n        return s.Lenght == 0;\n    }\n}\n");

        result.ShouldBe("CompilationError");
        Assert.Empty(result.Tests);
        var error = Assert.Single(result.Diagnostics, d => d.Severity == "Error");
        Assert.Equal("CS1061", error.Id);
        Assert.Contains("Lenght", error.Message);
        Assert.Equal((5, 18, 5, 24), (error.Line, error.Column, error.EndLine, error.EndColumn));
    }

    [Fact]
    public async Task Submit_SolutionThatThrows_IsRuntimeErrorNamingTheExceptionAndLine()
    {
        var source = $$"""
            public class Solution
            {
                public bool IsPalindrome(string s)
                {
                    if (s.Length == 0) return s[0] == 'x';
                    return {{Sources.PalindromeExpression}};
                }
            }
            """;

        var result = await api.JudgeAsync(Problem, source);

        result.ShouldBe("RuntimeError");
        var failed = result.Tests.First(t => t.Verdict == "RuntimeError");
        Assert.Equal("empty", failed.Name);
        Assert.Contains("System.IndexOutOfRangeException", failed.Message);
        Assert.Contains("(line 5)", failed.Message);
        Assert.All(result.Tests.Where(t => t.Name != "empty"), t => Assert.Equal("Accepted", t.Verdict));
    }

    [Fact]
    public async Task Submit_StackOverflowInOneGroup_OtherGroupsStillRunInAFreshRunner()
    {
        const string overflowOnSingleLetter = $$"""
            public class Solution
            {
                public bool IsPalindrome(string s)
                {
                    if (s == "a") return Recurse(0);
                    return {{Sources.PalindromeExpression}};
                }

                private bool Recurse(int depth) => Recurse(depth + 1) || depth < 0;
            }
            """;
        var result = await api.JudgeAsync(Problem, overflowOnSingleLetter);

        result.ShouldBe("RuntimeError");
        var crashed = result.Tests.Single(t => t.Name == "single-letter");
        Assert.Equal("RuntimeError", crashed.Verdict);
        Assert.Contains("Stack overflow", crashed.Message);
        Assert.All(result.Tests.SkipWhile(t => t.Name != "single-letter").Skip(1).TakeWhile(t => t.Group == "correctness"),
            t => Assert.Equal("Skipped", t.Verdict));
        Assert.All(result.Tests.Where(t => t.Group is "samples" or "performance"), t => Assert.Equal("Accepted", t.Verdict));
    }

    [Fact]
    public async Task Submit_ForbiddenApi_IsRejectedWithTheApiNamedAtItsPlace()
    {
        var result = await api.JudgeAsync(Problem, "public class Solution\n{\n    public bool IsPalindrome(string s) => System.IO.File.Exists(s);\n}\n");

        result.ShouldBe("Rejected");
        Assert.Empty(result.Tests);
        var rejection = Assert.Single(result.Diagnostics);
        Assert.Equal("JUDGE100", rejection.Id);
        Assert.Contains("System.IO.File", rejection.Message);
        Assert.Equal((3, 53), (rejection.Line, rejection.Column));
    }

    [Fact]
    public async Task Submit_MemoryHog_IsMemoryLimitExceeded()
    {
        const string hog = """
            public class Solution
            {
                public bool IsPalindrome(string s)
                {
                    var hoard = new List<long[]>();
                    while (true) hoard.Add(new long[1_000_000]);
                }
            }
            """;
        var result = await api.JudgeAsync(Problem, hog);

        result.ShouldBe("MemoryLimitExceeded");
        Assert.Equal("MemoryLimitExceeded", result.Tests[0].Verdict);
    }

    [Fact]
    public async Task Submit_MemoryHogThatSwallowsOutOfMemory_IsStillMemoryLimitExceeded()
    {
        const string sneaky = """
            public class Solution
            {
                public bool IsPalindrome(string s)
                {
                    try { var hoard = new List<long[]>(); while (true) hoard.Add(new long[1_000_000]); }
                    catch (OutOfMemoryException) { }
                    return true;
                }
            }
            """;
        var result = await api.JudgeAsync(Problem, sneaky);

        Assert.Equal("MemoryLimitExceeded", result.Tests[0].Verdict);
    }

    [Fact]
    public async Task Submit_OutputFlood_IsOutputLimitExceeded()
    {
        const string chatty = """
            public class Solution
            {
                public bool IsPalindrome(string s)
                {
                    for (var i = 0; i < 10_000_000; i++) Console.WriteLine("debug line that never ends");
                    return true;
                }
            }
            """;
        var result = await api.JudgeAsync(Problem, chatty);

        Assert.Equal("OutputLimitExceeded", result.Tests[0].Verdict);
    }
}
