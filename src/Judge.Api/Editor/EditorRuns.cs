using Judge.Core.Checking;
using Judge.Core.Problems;
using Judge.Core.Verdicts;
using Judge.Engine.Judging;
using Judge.Sandbox;

namespace Judge.Api.Editor;

/// <summary>
/// "Run" before "submit": the source is judged by the submission pipeline, on a copy of the problem whose only
/// tests are its samples or the user's own inputs. The expected outputs of the user's inputs come from the
/// problem's accepted reference solution, judged first by the same pipeline. Nothing is stored.
/// </summary>
public sealed class EditorRuns(JudgePipeline pipeline, WorkerLauncher launcher, ILogger<EditorRuns> log)
{
    /// <summary>The expected output of a test nobody knows the answer to; the checker lets it pass and the run shows it unchecked.</summary>
    private const string NoExpected = "\0no expected output";

    /// <summary><see cref="NoExpected"/> as a test holds it, encoded once.</summary>
    private static readonly byte[] NoExpectedUtf8 = System.Text.Encoding.UTF8.GetBytes(NoExpected);

    /// <param name="inputs">The user's inputs in the runner's form (see <see cref="CustomTests"/>); null runs the samples.</param>
    public async Task<RunResult> RunAsync(Problem problem, string source, IReadOnlyList<string>? inputs, CancellationToken cancel)
    {
        if (launcher.Status.Unsafe)
        {
            log.LogWarning("Running code for {Problem} in UNSAFE LOCAL MODE: it is not fully isolated.", problem.Id);
        }
        var plan = inputs is null
            ? problem.Samples.Select(t => new PlannedTest(t.Name, t.Group, t.Input, t.Expected, null)).ToList()
            : await WithExpectedOutputsAsync(problem, inputs, cancel);
        var result = await pipeline.JudgeAsync(Judged(problem, plan), source, cancel: cancel);
        return Present(problem, result, plan);
    }

    /// <summary>The user's inputs with the reference's outputs as expected ones, or with the reason there are none.</summary>
    private async Task<IReadOnlyList<PlannedTest>> WithExpectedOutputsAsync(Problem problem, IReadOnlyList<string> inputs, CancellationToken cancel)
    {
        var unknown = inputs.Select((input, i) => new PlannedTest($"custom-{i + 1}", "custom", input, NoExpected,
            "Not checked: this problem has no reference solution to compute the expected output.")).ToList();
        if (problem.References.FirstOrDefault(r => r.ExpectedVerdict == Verdict.Accepted) is not { } reference)
        {
            return unknown;
        }
        var judged = await pipeline.JudgeAsync(Judged(problem, unknown), reference.Source, cancel: cancel);
        return unknown.Select((test, i) => judged.Tests.ElementAtOrDefault(i) switch
        {
            { Verdict: Verdict.Accepted, Actual: { } output } => test with { Expected = output, NotCheckedBecause = null },
            { } failed => test with { NotCheckedBecause = $"Not checked: the reference solution got {failed.Verdict} on this input{(failed.Message is { } m ? $" ({m})" : "")}. Check the input against the problem's constraints." },
            null => test with { NotCheckedBecause = $"Not checked: the reference solution did not run ({judged.Verdict})." },
        }).ToList();
    }

    /// <summary>
    /// The problem with only the planned tests, each in a group of its own, so that a crash or time-out in one
    /// does not skip the others; every group is a sample group, so every result shows its data.
    /// </summary>
    private static Problem Judged(Problem problem, IReadOnlyList<PlannedTest> plan) => problem with
    {
        Groups = plan.Select((t, i) => new TestGroup($"run-{i}", 1, isSample: true, () => [new TestCase(t.Name, $"run-{i}", t.Input, t.Expected)])).ToList(),
        Checker = new UnlessNotChecked(problem.Checker),
    };

    private static RunResult Present(Problem problem, JudgeResult result, IReadOnlyList<PlannedTest> plan)
    {
        // The pipeline reports every test in suite order (or none, when the source did not compile): one per planned test.
        var tests = result.Tests.Zip(plan, Present).ToList();
        var verdict = tests.Count == 0
            ? result.Verdict
            : tests.FirstOrDefault(t => t.Verdict is not (null or Verdict.Accepted))?.Verdict
                ?? (tests.All(t => t.Verdict == Verdict.Accepted) ? Verdict.Accepted : null);
        return new RunResult(problem.Id, verdict, result.Passed, result.Total, result.TimeMs, result.MemoryKb, result.Diagnostics, tests);
    }

    private static RunTestResult Present(TestResult test, PlannedTest planned)
    {
        var notChecked = planned.NotCheckedBecause is not null;
        var ranUnchecked = notChecked && test.Verdict == Verdict.Accepted;
        return new RunTestResult(
            test.Name,
            planned.Group,
            ranUnchecked ? null : test.Verdict,
            test.TimeMs,
            test.MemoryKb,
            ranUnchecked ? planned.NotCheckedBecause : test.Message,
            test.Input ?? "",
            notChecked ? null : test.Expected,
            test.Actual);
    }

    /// <param name="Group">The group users see: <c>samples</c> or <c>custom</c>.</param>
    /// <param name="NotCheckedBecause">Why the test has no expected output; null when it has one.</param>
    private sealed record PlannedTest(string Name, string Group, string Input, string Expected, string? NotCheckedBecause);

    /// <summary>The problem's checker, except that a test without an expected output passes (the run shows it as not checked).</summary>
    private sealed class UnlessNotChecked(IChecker checker) : IChecker
    {
        public string Name => checker.Name;

        public bool ReadsInput => checker.ReadsInput;

        public CheckResult Check(ReadOnlyMemory<byte> expected, ReadOnlyMemory<byte> actual, ReadOnlyMemory<byte> input) =>
            expected.Span.SequenceEqual(NoExpectedUtf8) ? CheckResult.Pass : checker.Check(expected, actual, input);
    }
}
