using Judge.Core.Problems;
using Judge.Core.Protocol;
using Judge.Core.Verdicts;
using Judge.Engine.Running;

namespace Judge.Engine.Judging;

/// <summary>
/// Turns what the runner saw into a test verdict, checking outputs with the problem's checker on the host.
/// A hidden test keeps its data on the server: no input, expected or actual output, and only a message with
/// nothing in it that the submission chose or that comes from the test (see <see cref="RawResult.PublicMessage"/>).
/// </summary>
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
            isSample ? message : HiddenMessage(verdict, raw),
            isSample ? test.DisplayInput(problem.Kind) : null,
            isSample ? test.Expected : null,
            isSample && raw.Output is { } output ? System.Text.Encoding.UTF8.GetString(output.Span) : null);
    }

    private static (Verdict, string?) Check(Problem problem, RawResult raw)
    {
        var checker = problem.Checker;
        using var expected = raw.Test.ExpectedUtf8.Lease();
        using var input = checker.ReadsInput ? raw.Test.InputUtf8.Lease() : default;
        var result = checker.Check(expected.Memory, raw.Output ?? default, input.Memory);
        return result.Passed ? (Verdict.Accepted, null) : (Verdict.WrongAnswer, result.Message);
    }

    /// <summary>
    /// A checker's message quotes the output and the expected value, so a wrong answer says only that it was wrong;
    /// any other verdict shows the public part of the runner's message, or just what the verdict means.
    /// </summary>
    private static string? HiddenMessage(Verdict verdict, RawResult raw) => verdict switch
    {
        Verdict.Accepted => null,
        Verdict.WrongAnswer => "Wrong answer.",
        _ when raw.PublicMessage is { } shown => shown,
        Verdict.RuntimeError => "Runtime error.",
        Verdict.TimeLimitExceeded => "Time limit exceeded.",
        Verdict.MemoryLimitExceeded => "Memory limit exceeded.",
        Verdict.OutputLimitExceeded => "Output limit exceeded.",
        Verdict.Skipped => "Skipped.",
        _ => "The judge could not run this test.",
    };

}
