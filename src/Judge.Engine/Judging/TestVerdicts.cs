using Judge.Core.Problems;
using Judge.Core.Protocol;
using Judge.Core.Verdicts;
using Judge.Engine.Running;

namespace Judge.Engine.Judging;

/// <summary>Turns what the runner saw into a test verdict, checking outputs with the problem's checker on the host.</summary>
public static class TestVerdicts
{
    public static TestResult Judge(Problem problem, RawResult raw)
    {
        var (verdict, message) = raw switch
        {
            { Skipped: true } => (Verdict.Skipped, raw.Message),
            { Outcome: RunOutcome.Completed } => Check(problem, raw),
            { Outcome: RunOutcome.Exception } => (Verdict.RuntimeError, raw.Message),
            { Outcome: RunOutcome.TimeLimit } => (Verdict.TimeLimitExceeded, raw.Message),
            { Outcome: RunOutcome.MemoryLimit } => (Verdict.MemoryLimitExceeded, raw.Message),
            { Outcome: RunOutcome.OutputLimit } => (Verdict.OutputLimitExceeded, raw.Message),
            _ => (Verdict.InternalError, raw.Message),
        };
        var test = raw.Test;
        var isSample = problem.Groups.First(g => g.Name == test.Group).IsSample;
        return new TestResult(
            test.Name,
            test.Group,
            verdict,
            raw.TimeMs,
            raw.MemoryKb,
            // Hidden tests keep their data on the server: a wrong answer there says only that it was wrong.
            verdict == Verdict.WrongAnswer && !isSample ? "Wrong answer." : message,
            isSample ? test.DisplayInput(problem.Kind) : null,
            isSample ? test.Expected : null,
            isSample ? raw.Output : null);
    }

    private static (Verdict, string?) Check(Problem problem, RawResult raw)
    {
        var result = problem.Checker.Check(raw.Test.Expected, raw.Output ?? "", raw.Test.Input);
        return result.Passed ? (Verdict.Accepted, null) : (Verdict.WrongAnswer, result.Message);
    }

}
