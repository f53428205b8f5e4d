using Judge.Engine.Compilation;
using Judge.Engine.Judging;
using Judge.Engine.Running;
using Judge.Sandbox;

namespace Judge.Engine;

/// <summary>
/// The judge without a server: sandbox launcher, warm compilers, sandboxed runner and the pipeline, wired
/// together. The API hosts one; the command-line tool uses one to grade and validate locally.
/// </summary>
public sealed class JudgeEngine : IDisposable
{
    /// <param name="metrics">Where the pools report; null for instruments nobody exports (the command-line tool).</param>
    public JudgeEngine(SandboxOptions sandbox, RunnerOptions runner, JudgeMetrics? metrics = null)
    {
        ownsMetrics = metrics is null;
        Metrics = metrics ?? new JudgeMetrics();
        Launcher = new WorkerLauncher(sandbox);
        Compilers = new CompilerPool(Launcher, sandbox, Metrics);
        Runners = new RunnerPool(Launcher, runner, Metrics);
        Pipeline = new JudgePipeline(Compilers, new SandboxRunner(Runners, runner, Metrics));
        Metrics.ObservePools(() => Runners.Idle, () => Compilers.Workers);
    }

    public JudgeMetrics Metrics { get; }

    private readonly bool ownsMetrics;

    public WorkerLauncher Launcher { get; }

    public CompilerPool Compilers { get; }

    public RunnerPool Runners { get; }

    public JudgePipeline Pipeline { get; }

    /// <summary>Starts a compiler and fills the runner pool, so the first submission finds them warm.</summary>
    public void Warm()
    {
        Runners.Refill();
        Compilers.Warm();
    }

    public void Dispose()
    {
        Runners.Dispose();
        Compilers.Dispose();
        if (ownsMetrics)
        {
            Metrics.Dispose();
        }
    }
}
