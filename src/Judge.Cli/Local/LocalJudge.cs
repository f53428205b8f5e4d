using Judge.Cli.Connection;
using Judge.Cli.Grading;
using Judge.Cli.Problems;
using Judge.Cli.Submissions;
using Judge.Core.Problems;
using Judge.Core.Verdicts;
using Judge.Engine;
using Judge.Engine.Judging;
using Judge.Engine.Problems;
using Judge.Engine.Running;
using Judge.Grading.Reports;
using Judge.Sandbox;

namespace Judge.Cli.Local;

/// <summary>
/// Judging without a server: the problem bank from a folder and the embedded engine (the same sandboxed compilers
/// and runners the service uses). The engine starts on first use, so listing problems costs nothing.
/// </summary>
public sealed class LocalJudge(ProblemCatalog problems, Action<string> warn, TimeProvider clock) : IJudgeBackend
{
    private JudgeEngine? engine;

    public static LocalJudge Open(string? problemsFolder, Action<string> warn)
    {
        var folder = problemsFolder ?? ProblemCatalog.LocateBundled(AppContext.BaseDirectory);
        try
        {
            return new LocalJudge(new ProblemCatalog(folder), warn, TimeProvider.System);
        }
        catch (Exception e) when (e is DirectoryNotFoundException or InvalidDataException or IOException)
        {
            throw CliException.Usage($"Cannot read the problem bank: {e.Message}");
        }
    }

    public string Name => "local engine";

    public Task<IReadOnlyList<ProblemInfo>> ProblemsAsync(CancellationToken cancel) =>
        Task.FromResult<IReadOnlyList<ProblemInfo>>([.. problems.All.Select(ProblemInfo.From)]);

    public Task<ProblemText> ProblemAsync(string id, CancellationToken cancel) => Task.FromResult(ProblemText.From(Find(id)));

    public async Task<SubmissionOutcome> SubmitAsync(string problemId, string source, ISubmissionListener listener, CancellationToken cancel)
    {
        var problem = Find(problemId);
        var pipeline = Engine(poolSize: 1).Pipeline;
        listener.StatusChanged(JudgeStatus.Queued);
        var result = await JudgeAsync(pipeline, problem, source, new Observer(listener), cancel);
        listener.StatusChanged(JudgeStatus.Completed);
        return SubmissionOutcome.From(problem.Id, result);
    }

    public async Task<GradeOutcome> GradeAsync(GradeRequest request, IGradeListener listener, CancellationToken cancel)
    {
        var unknown = request.Solutions.Select(s => s.ProblemId).Distinct().Where(id => problems.Find(id) is null).ToList();
        if (unknown.Count > 0)
        {
            throw CliException.Usage($"No such problem in the bank: {string.Join(", ", unknown)} (from the file names <candidate>/<problemId>.cs).");
        }
        var pipeline = Engine(request.Workers).Pipeline;
        var solutions = request.Solutions;
        var cells = new ReportCell?[solutions.Count];
        var tally = new Tally(solutions.Count, listener);
        listener.Started(null, solutions.Count);
        try
        {
            var options = new ParallelOptions { MaxDegreeOfParallelism = request.Workers, CancellationToken = cancel };
            await Parallel.ForEachAsync(Enumerable.Range(0, solutions.Count), options, async (i, stop) =>
            {
                var solution = solutions[i];
                var result = await JudgeAsync(pipeline, problems.Find(solution.ProblemId)!, solution.Source, null, stop);
                cells[i] = Cell(solution, result);
                tally.Add(result.Verdict);
            });
        }
        catch (OperationCanceledException) when (cancel.IsCancellationRequested)
        {
            // Ctrl+C: keep what finished; the rest stays without a verdict.
        }
        var notJudged = cells.Count(c => c is null);
        var title = notJudged == 0 ? request.Title : $"{request.Title} (stopped: {notJudged} of {solutions.Count} not judged)";
        var now = clock.GetUtcNow();
        var report = BatchReports.Create(
            $"local-{now:yyyyMMdd-HHmmss}", title, now,
            [.. cells.Select((c, i) => c ?? NotJudged(solutions[i]))],
            solutions.Select(s => s.ProblemId).Distinct().ToDictionary(id => id, id => problems.Find(id)!.StarterCode));
        return new GradeOutcome(report, notJudged > 0, null);
    }

    public void Dispose() => engine?.Dispose();

    private Problem Find(string id) =>
        problems.Find(id) ?? throw CliException.Usage($"There is no problem '{id}'. `judge problems` lists them.");

    /// <summary>One engine per process: the first use decides how many runners wait warm.</summary>
    private JudgeEngine Engine(int poolSize)
    {
        if (engine is not null)
        {
            return engine;
        }
        try
        {
            engine = new JudgeEngine(SandboxFromEnvironment(), new RunnerOptions { PoolSize = Math.Max(1, poolSize) });
        }
        catch (InvalidOperationException e)
        {
            throw new CliException(ExitCodes.JudgeFailed, e.Message, e);
        }
        if (engine.Launcher.Status.Unsafe)
        {
            warn($"UNSAFE LOCAL MODE: submissions run without full isolation ({string.Join("; ", engine.Launcher.Status.Problems)}). Judge only code you trust.");
        }
        engine.Compilers.WorkerFailed += details => warn($"A compiler worker failed: {details}");
        engine.Warm();
        return engine;
    }

    /// <summary>The service's own switch, so the engine's advice ("set Sandbox__AllowUnsafeLocalMode=true") holds here too.</summary>
    private static SandboxOptions SandboxFromEnvironment() => new()
    {
        AllowUnsafeLocalMode = bool.TryParse(Environment.GetEnvironmentVariable("Sandbox__AllowUnsafeLocalMode"), out var allow) && allow,
    };

    /// <summary>A failure inside the judge is the judge's verdict on that one solution, never a crash of the whole run.</summary>
    private async Task<JudgeResult> JudgeAsync(JudgePipeline pipeline, Problem problem, string source, IJudgeObserver? observer, CancellationToken cancel)
    {
        try
        {
            return await pipeline.JudgeAsync(problem, source, observer, cancel);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            warn($"Judging a solution to {problem.Id} failed inside the judge: {e.Message}");
            return JudgePipeline.NothingRan(problem, Verdict.InternalError, []);
        }
    }

    private static ReportCell Cell(CandidateSolution s, JudgeResult r) =>
        new(s.Candidate, s.ProblemId, r.Verdict, r.Score, r.Passed, r.Total, r.TimeMs, r.MemoryKb, r.Diagnostics, r.Tests, s.Source);

    private static ReportCell NotJudged(CandidateSolution s) => new(s.Candidate, s.ProblemId, null, 0, 0, 0, 0, 0, [], [], s.Source);

    private sealed class Observer(ISubmissionListener listener) : IJudgeObserver
    {
        public void StatusChanged(JudgeStatus status) => listener.StatusChanged(status);

        public void TestFinished(TestResult test) => listener.TestFinished(test);
    }

    /// <summary>Counts verdicts as solutions finish on several threads, and tells the listener in order.</summary>
    private sealed class Tally(int total, IGradeListener listener)
    {
        private readonly Dictionary<Verdict, int> verdicts = [];
        private int completed;

        public void Add(Verdict verdict)
        {
            lock (verdicts)
            {
                verdicts[verdict] = verdicts.GetValueOrDefault(verdict) + 1;
                completed++;
                listener.Progressed(new GradeTally(total, completed, new Dictionary<Verdict, int>(verdicts)));
            }
        }
    }
}
