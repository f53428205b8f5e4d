using Judge.Core.Problems;
using Judge.Sandbox;

namespace Judge.Engine.Running;

/// <summary>
/// Runner processes started ahead of need: each waits, sandboxed, in its own cgroup, for exactly one run and
/// then exits, so a submission never pays for process and runtime start-up. Runners for the common memory
/// limit are kept warm; the pool refills in the background after every run, at background CPU priority, so
/// that a runner warming up never slows the submissions being judged; a runner taken from the pool is raised
/// to normal priority. Each pooled runner warms up the harness of one kind of problem (a function's or a design's;
/// the other's warm-up would be CPU its submission never uses), and the refill replaces a runner with one for the
/// kind just taken, so the pool follows the mix of submissions; a runner of another kind still judges any kind.
/// </summary>
public sealed class RunnerPool(WorkerLauncher launcher, RunnerOptions options, JudgeMetrics metrics) : IDisposable
{
    /// <summary>CPU seconds a pooled runner may use in all: a backstop behind the per-test limits.</summary>
    private const int PooledCpuSeconds = 600;

    /// <summary>How long a runner that has reported its last test may take to exit before it is killed.</summary>
    private const int RetireGraceMs = 1000;

    /// <summary>Idle runners, oldest first, each with the kind of problem it warmed up for; guarded by itself.</summary>
    private readonly List<PooledRunner> idle = [];
    /// <summary>The kinds taken lately, oldest first, which the refill replaces in turn; guarded by <see cref="idle"/>.</summary>
    private readonly Queue<ProblemKind> taken = new();
    /// <summary>Orders a refill's enqueue against <see cref="Dispose"/>: a runner is either queued before the pool stops, or disposed by its starter.</summary>
    private readonly Lock stopping = new();
    private int retiring;
    private int refilling;
    private int filledWithoutDemand;
    private bool disposed;

    /// <summary>What a pool fills with before anything is taken, in turn: the bank's two kinds with a harness to warm up.</summary>
    private static readonly ProblemKind[] StartingKinds = [ProblemKind.Function, ProblemKind.Design];

    /// <summary>Idle runners ready now (for metrics and tests).</summary>
    public int Idle
    {
        get
        {
            lock (idle)
            {
                return idle.Count;
            }
        }
    }

    /// <summary>The kinds the idle runners warmed up for, oldest first (for tests).</summary>
    public IReadOnlyList<ProblemKind> IdleKinds
    {
        get
        {
            lock (idle)
            {
                return [.. idle.Select(pooled => pooled.Kind)];
            }
        }
    }

    /// <summary>
    /// A runner for this memory limit and kind of problem: a warm one when the pool holds that limit (one warmed up for
    /// that kind if there is one; any other serves too, paying its harness's first use during the run), else a fresh one.
    /// </summary>
    public SandboxedProcess Take(int memoryMb, int cpuSeconds, ProblemKind kind)
    {
        if (memoryMb != options.PoolMemoryMb || options.PoolSize == 0)
        {
            return Start(kind, memoryMb, cpuSeconds, CpuPriority.Normal);
        }
        // No refill here: starting a runtime now would compete for the CPU with the run that just began.
        // The caller refills once its run is over, with a runner for this kind.
        return TakeIdle(kind) ?? Start(kind, memoryMb, PooledCpuSeconds, CpuPriority.Normal);
    }

    /// <summary>A runner for <paramref name="kind"/>: its one argument, which its warm-up reads (<c>Warmup.KindFrom</c>), names the kind.</summary>
    private SandboxedProcess Start(ProblemKind kind, int memoryMb, int cpuSeconds, CpuPriority priority) =>
        launcher.Start(WorkerKind.Runner, memoryMb, cpuSeconds, priority, [kind.ToString()]);

    private SandboxedProcess? TakeIdle(ProblemKind kind)
    {
        var crashed = new List<PooledRunner>();
        PooledRunner? chosen;
        lock (idle)
        {
            crashed.AddRange(idle.Where(pooled => pooled.Runner.HasExited));
            idle.RemoveAll(crashed.Contains);
            chosen = idle.Find(pooled => pooled.Kind == kind) ?? idle.FirstOrDefault();
            if (chosen is not null)
            {
                idle.Remove(chosen);
            }
            taken.Enqueue(kind);
            while (taken.Count > options.PoolSize)
            {
                taken.Dequeue();
            }
        }
        foreach (var pooled in crashed)
        {
            metrics.Recycled("runner", RecycleReason.Crashed);
            pooled.Runner.Dispose();
        }
        chosen?.Runner.RaiseToNormalPriority();
        return chosen?.Runner;
    }

    /// <summary>The kind the next pooled runner warms up for: the oldest taken one not yet replaced, else the next starting kind.</summary>
    private ProblemKind NextKind()
    {
        lock (idle)
        {
            return taken.TryDequeue(out var kind) ? kind : StartingKinds[filledWithoutDemand++ % StartingKinds.Length];
        }
    }

    /// <summary>
    /// Cleans up after a runner that has served its run, off the caller's path: it waits for the runner to exit by
    /// itself (it does after its last test), kills it if it lingers, and removes its cgroup.
    /// </summary>
    public void Retire(SandboxedProcess runner)
    {
        Interlocked.Increment(ref retiring);
        _ = Task.Run(async () =>
        {
            try
            {
                using var grace = new CancellationTokenSource(RetireGraceMs);
                await runner.WaitForExitAsync(grace.Token);
            }
            catch (OperationCanceledException)
            {
                // Still running (a foreground thread of the submission's, say): Dispose kills it.
            }
            finally
            {
                runner.Dispose();
                Interlocked.Decrement(ref retiring);
            }
        });
    }

    /// <summary>Runners that served their run and are being cleaned up.</summary>
    public int Retiring => Volatile.Read(ref retiring);

    /// <summary>Starts runners in the background until the pool holds its configured size.</summary>
    public void Refill()
    {
        if (options.PoolSize == 0 || Interlocked.Exchange(ref refilling, 1) == 1)
        {
            return;
        }
        _ = Task.Run(() =>
        {
            try
            {
                while (!disposed && Idle < options.PoolSize)
                {
                    var kind = NextKind();
                    var runner = Start(kind, options.PoolMemoryMb, PooledCpuSeconds, CpuPriority.Background);
                    lock (stopping)
                    {
                        if (!disposed)
                        {
                            lock (idle)
                            {
                                idle.Add(new PooledRunner(runner, kind));
                            }
                            continue;
                        }
                    }
                    // The pool stopped while this runner started: nobody would ever take it, or remove its cgroup.
                    runner.Dispose();
                }
            }
            finally
            {
                Volatile.Write(ref refilling, 0);
            }
        });
    }

    public void Dispose()
    {
        lock (stopping)
        {
            disposed = true;
        }
        List<PooledRunner> left;
        lock (idle)
        {
            left = [.. idle];
            idle.Clear();
        }
        foreach (var pooled in left)
        {
            pooled.Runner.Dispose();
        }
        // Let the last runners' clean-up finish, so that no process or cgroup outlives the pool.
        SpinWait.SpinUntil(() => Retiring == 0, TimeSpan.FromSeconds(5));
    }
}

/// <summary>A runner waiting in the pool, and the kind of problem whose harness it warmed up.</summary>
internal sealed record PooledRunner(SandboxedProcess Runner, ProblemKind Kind);
