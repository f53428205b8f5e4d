using Judge.Api.Tests.Hostile;
using Judge.Core.Problems;
using Judge.Engine;
using Judge.Engine.Running;
using Judge.Sandbox;

namespace Judge.Api.Tests.Sandbox;

/// <summary>The runner pool with real, sandboxed runners: each warms up for one kind of problem, and the pool follows demand.</summary>
public sealed class RunnerPoolTests
{
    private static readonly WorkerLauncher Launcher = new(new SandboxOptions());

    [Fact]
    public async Task APool_StartsWithBothKinds_AndReplacesEachTakenRunnerWithOneOfTheKindTaken()
    {
        var options = new RunnerOptions { PoolSize = 2 };
        using var pool = await FilledPool(options);
        Assert.Equal([ProblemKind.Function, ProblemKind.Design], pool.IdleKinds);

        // Two design submissions: the first takes the design runner, the second the function one.
        var first = pool.Take(options.PoolMemoryMb, 10, ProblemKind.Design);
        var second = pool.Take(options.PoolMemoryMb, 10, ProblemKind.Design);
        Assert.Contains($"{WorkerKind.Runner.Executable} {ProblemKind.Design}", CommandLines(first));
        Assert.Contains($"{WorkerKind.Runner.Executable} {ProblemKind.Function}", CommandLines(second));
        pool.Retire(first);
        pool.Retire(second);

        pool.Refill();
        await UntilIdle(pool, 2);
        Assert.Equal([ProblemKind.Design, ProblemKind.Design], pool.IdleKinds);
    }

    [Fact]
    public async Task ARunnerGivenNoRequest_ExitsWithItsOwnCode_ThroughTheSandbox()
    {
        var options = new RunnerOptions { PoolSize = 1 };
        using var pool = await FilledPool(options);

        // The runner ends with _exit (ImmediateExit): its code still reaches the host through bubblewrap and the launcher.
        using var runner = pool.Take(options.PoolMemoryMb, 10, ProblemKind.Function);
        runner.Input.Close();
        await runner.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(2, runner.ExitCode);
        Assert.Equal("", await runner.StderrAsync());
    }

    /// <summary>A pool of real runners, filled to its size and idle.</summary>
    private static async Task<RunnerPool> FilledPool(RunnerOptions options)
    {
        var pool = new RunnerPool(Launcher, options, new JudgeMetrics());
        try
        {
            pool.Refill();
            await UntilIdle(pool, options.PoolSize);
            return pool;
        }
        catch
        {
            pool.Dispose(); // a pool that never filled still stops its runners
            throw;
        }
    }

    private static async Task UntilIdle(RunnerPool pool, int count)
    {
        for (var attempt = 0; attempt < 300 && pool.Idle < count; attempt++)
        {
            await Task.Delay(50);
        }
        Assert.Equal(count, pool.Idle);
    }

    /// <summary>The command lines that run the runner under <paramref name="runner"/>'s launch: bubblewrap's and the runner's own.</summary>
    private static string CommandLines(SandboxedProcess runner) =>
        string.Join("\n", HostChecks.RunnerProcesses(ancestor: runner.Id).Select(HostChecks.CommandLine));
}
