using Judge.Api.Tests.Infrastructure;

namespace Judge.Api.Tests.Submissions;

/// <summary>
/// Hidden tests' data never leaves the server, even when the submission tries to carry it out in what it controls:
/// an exception's message, or the type of the exception itself.
/// </summary>
public sealed class HiddenTestDataTests(JudgeApiFactory api) : IClassFixture<JudgeApiFactory>
{
    [Fact]
    public async Task SolutionThatThrowsItsInput_HiddenTestsShowOnlyTheExceptionTypeAndLine()
    {
        var result = await api.JudgeAsync(LeakyPairSum.Problem, LeakyPairSum.Source);

        result.ShouldBe("RuntimeError");
        var samples = result.Tests.Where(t => t.Group == "samples").ToList();
        var hidden = result.Tests.Where(t => t.Group != "samples").ToList();
        Assert.Equal(LeakyPairSum.LeaksOf("samples").Select(leak => $"System.Exception: {leak} (line 5)"), samples.Select(t => t.Message));
        Assert.NotEmpty(hidden);
        Assert.All(hidden, t =>
        {
            Assert.Equal("RuntimeError", t.Verdict);
            Assert.Equal(LeakyPairSum.HiddenMessage, t.Message);
            Assert.Null(t.Input ?? t.Expected ?? t.Actual);
        });
    }

    [Fact]
    public async Task ExceptionTypeBuiltFromTheInput_HiddenTestsShowOnlyItsGenericDefinition()
    {
        // Each level of recursion wraps the type once more, so the thrown type's name spells out the input's length.
        const string source = """
            public class Box<T> : System.Exception { }
            public class Solution
            {
                public IList<int[]> FindPairs(int[] nums, int target) => Throw<int>(System.Math.Min(nums.Length, 3));
                private static IList<int[]> Throw<T>(int depth) => depth == 0 ? throw new Box<T>() : Throw<Box<T>>(depth - 1);
            }
            """;

        var result = await api.JudgeAsync(LeakyPairSum.Problem, source);

        result.ShouldBe("RuntimeError");
        Assert.Contains(result.Tests, t => t.Group == "samples" && t.Message!.StartsWith("Box`1[[Box`1[[", StringComparison.Ordinal));
        Assert.All(result.Tests.Where(t => t.Group != "samples"), t => Assert.Equal("Box`1 (line 5)", t.Message));
    }
}
