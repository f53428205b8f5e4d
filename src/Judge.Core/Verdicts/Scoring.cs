namespace Judge.Core.Verdicts;

/// <summary>The submission-level rules: verdict of the first failing test, and the weighted score.</summary>
public static class Scoring
{
    /// <summary>Accepted when every test passed, else the verdict of the first failing test in suite order.</summary>
    public static Verdict OverallVerdict(IReadOnlyList<TestResult> testsInSuiteOrder)
    {
        var firstFailure = testsInSuiteOrder.FirstOrDefault(t => t.Verdict is not (Verdict.Accepted or Verdict.Skipped));
        if (firstFailure is not null)
        {
            return firstFailure.Verdict;
        }
        // Skipped tests only ever follow a failure, so a suite of only passes and skips cannot happen; stay safe anyway.
        return testsInSuiteOrder.All(t => t.Verdict == Verdict.Accepted) ? Verdict.Accepted : Verdict.InternalError;
    }

    /// <summary>Weighted percentage of passed tests: each test weighs what its group weighs.</summary>
    public static double Score(IReadOnlyList<TestResult> tests, Func<string, double> groupWeight)
    {
        var total = tests.Sum(t => groupWeight(t.Group));
        if (total <= 0)
        {
            return 0;
        }
        var passed = tests.Where(t => t.Verdict == Verdict.Accepted).Sum(t => groupWeight(t.Group));
        return Math.Round(100 * passed / total, 2);
    }
}
