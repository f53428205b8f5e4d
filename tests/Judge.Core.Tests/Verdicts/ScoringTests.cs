using Judge.Core.Verdicts;

namespace Judge.Core.Tests.Verdicts;

public sealed class ScoringTests
{
    private static TestResult Test(string group, Verdict verdict) => new("t", group, verdict, 1, 1, null);

    [Fact]
    public void OverallVerdict_AllPassed_IsAccepted() =>
        Assert.Equal(Verdict.Accepted, Scoring.OverallVerdict([Test("a", Verdict.Accepted), Test("b", Verdict.Accepted)]));

    [Fact]
    public void OverallVerdict_IsTheFirstFailureInSuiteOrder()
    {
        var tests = new[]
        {
            Test("samples", Verdict.Accepted),
            Test("correctness", Verdict.RuntimeError),
            Test("correctness", Verdict.Skipped),
            Test("performance", Verdict.TimeLimitExceeded),
            Test("performance", Verdict.WrongAnswer),
        };

        Assert.Equal(Verdict.RuntimeError, Scoring.OverallVerdict(tests));
    }

    [Fact]
    public void Score_WeighsEachTestByItsGroup()
    {
        var weights = new Dictionary<string, double> { ["samples"] = 1, ["hidden"] = 3 };
        var tests = new[]
        {
            Test("samples", Verdict.Accepted),
            Test("samples", Verdict.WrongAnswer),
            Test("hidden", Verdict.Accepted),
            Test("hidden", Verdict.Skipped),
        };

        // Passed weight 1 + 3 = 4 out of 1 + 1 + 3 + 3 = 8.
        Assert.Equal(50, Scoring.Score(tests, g => weights[g]));
    }

    [Fact]
    public void Score_NoTests_IsZero() => Assert.Equal(0, Scoring.Score([], _ => 1));
}
