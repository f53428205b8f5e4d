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
        using var pool = new RunnerPool(Launcher, options, new JudgeMetrics());

        pool.Refill();
        await UntilIdle(pool, 2);
        Assert.Equal([ProblemKind.Function, ProblemKind.Design], pool.IdleKinds);

        // Two design submissions: the first takes the design runner, the second the function one.
        var first = pool.Take(options.PoolMemoryMb, 10, ProblemKind.Design);
        var second = pool.Take(options.PoolMemoryMb, 10, ProblemKind.Design);
        Assert.Contains(ProblemKind.Design.ToString(), CommandLineOfRunnerUnder(first.Id));
        Assert.Contains(ProblemKind.Function.ToString(), CommandLineOfRunnerUnder(second.Id));
        pool.Retire(first);
        pool.Retire(second);

        pool.Refill();
        await UntilIdle(pool, 2);
        Assert.Equal([ProblemKind.Design, ProblemKind.Design], pool.IdleKinds);
    }

    private static async Task UntilIdle(RunnerPool pool, int count)
    {
        for (var attempt = 0; attempt < 300 && pool.Idle < count; attempt++)
        {
            await Task.Delay(50);
        }
        Assert.Equal(count, pool.Idle);
    }

    /// <summary>The command line of the runner process among the descendants of <paramref name="launched"/> (the launcher, then bubblewrap).</summary>
    private static string CommandLineOfRunnerUnder(int launched)
    {
        foreach (var directory in Directory.GetDirectories("/proc"))
        {
            var commandLine = Read(Path.Combine(directory, "cmdline")).Replace('\0', ' ');
            if (commandLine.Contains(WorkerKind.Runner.Executable!, StringComparison.Ordinal) && !commandLine.Contains("bwrap", StringComparison.Ordinal) &&
                DescendsFrom(Path.GetFileName(directory), launched))
            {
                return commandLine;
            }
        }
        return "";
    }

    private static bool DescendsFrom(string pid, int ancestor)
    {
        for (var current = pid; int.TryParse(current, out var id) && id > 1; current = ParentOf(current))
        {
            if (id == ancestor)
            {
                return true;
            }
        }
        return false;
    }

    private static string ParentOf(string pid)
    {
        var stat = Read($"/proc/{pid}/stat");
        var afterName = stat.LastIndexOf(')');
        return afterName < 0 ? "" : stat[(afterName + 2)..].Split(' ')[1];
    }

    private static string Read(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return "";
        }
    }
}
