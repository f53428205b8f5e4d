using Judge.Core.Problems;
using Judge.Core.Protocol;
using Judge.Core.Verdicts;
using Judge.Engine.Compilation;
using Judge.Engine.Running;

namespace Judge.Engine.Judging;

/// <summary>
/// The judging pipeline, top to bottom: compile (in a sandboxed worker) -> run every test (in a sandboxed
/// runner) -> check each output on the host -> score.
/// </summary>
public sealed class JudgePipeline(CompilerPool compiler, SandboxRunner runner)
{
    public async Task<JudgeResult> JudgeAsync(
        Problem problem, string source, IJudgeObserver? observer = null, CancellationToken cancel = default)
    {
        observer?.StatusChanged(JudgeStatus.Compiling);
        var compiled = await compiler.CompileAsync(CompileRequestFor(problem, source), cancel);
        if (!compiled.Success)
        {
            return NothingRan(problem, compiled.Rejected ? Verdict.Rejected : Verdict.CompilationError, compiled.Diagnostics);
        }

        // Each output is checked once, as it arrives; tests the runner never reported are judged at the end.
        var judged = new Dictionary<TestCase, TestResult>();
        var raw = await runner.RunAsync(problem, compiled, r =>
        {
            var test = TestVerdicts.Judge(problem, r);
            judged[r.Test] = test;
            observer?.TestFinished(test);
        }, () => observer?.StatusChanged(JudgeStatus.Running), cancel);
        var tests = raw.Select(r => judged.TryGetValue(r.Test, out var test) ? test : TestVerdicts.Judge(problem, r)).ToList();
        return new JudgeResult(
            Scoring.OverallVerdict(tests),
            Scoring.Score(tests, problem.WeightOf),
            tests.Count(t => t.Verdict == Verdict.Accepted),
            tests.Count,
            Math.Round(tests.Sum(t => t.TimeMs), 3),
            tests.Count == 0 ? 0 : tests.Max(t => t.MemoryKb),
            compiled.Diagnostics,
            tests);
    }

    /// <summary>
    /// An editor's check: the compile a submission gets (same compiler pool, same judge checks), without
    /// emitting an assembly or running anything.
    /// </summary>
    public Task<CompileResponse> DiagnoseAsync(Problem problem, string source, CancellationToken cancel = default) =>
        compiler.CompileAsync(CompileRequestFor(problem, source) with { DiagnosticsOnly = true }, cancel);

    private static CompileRequest CompileRequestFor(Problem problem, string source) =>
        new(source, problem.Kind, problem.Entry, problem.Prelude, problem.Restrictions);

    /// <summary>A result for a submission that never ran: every test is reported, none passed.</summary>
    public static JudgeResult NothingRan(Problem problem, Verdict verdict, IReadOnlyList<Diagnostic> diagnostics) =>
        new(verdict, 0, 0, problem.AllTests.Count(), 0, 0, diagnostics, []);
}

/// <summary>Hears about a submission's progress as it happens (status changes, each finished test).</summary>
public interface IJudgeObserver
{
    void StatusChanged(JudgeStatus status);

    void TestFinished(TestResult test);
}
