using System.Collections.Concurrent;
using Judge.Sandbox;

namespace Judge.Engine.Running;

/// <summary>
/// Runner processes started ahead of need: each waits, sandboxed, in its own cgroup, for exactly one run and
/// then exits, so a submission never pays for process and runtime start-up. Runners for the common memory
/// limit are kept warm; the pool refills in the background after every run, at background CPU priority, so
/// that a runner warming up never slows the submissions being judged; a runner taken from the pool is raised
/// to normal priority.
/// </summary>
public sealed class RunnerPool(WorkerLauncher launcher, RunnerOptions options, JudgeMetrics metrics) : IDisposable
{
    /// <summary>CPU seconds a pooled runner may use in all: a backstop behind the per-test limits.</summary>
    private const int PooledCpuSeconds = 600;

    /// <summary>How long a runner that has reported its last test may take to exit before it is killed.</summary>
    private const int RetireGraceMs = 1000;

    private readonly ConcurrentQueue<SandboxedProcess> idle = new();
    /// <summary>Orders a refill's enqueue against <see cref="Dispose"/>: a runner is either queued before the pool stops, or disposed by its starter.</summary>
    private readonly Lock stopping = new();
    private int retiring;
    private int refilling;
    private bool disposed;

    /// <summary>Idle runners ready now (for metrics and tests).</summary>
    public int Idle => idle.Count;

    /// <summary>A runner for this memory limit: a warm one when the pool holds that limit, else a fresh one.</summary>
    public SandboxedProcess Take(int memoryMb, int cpuSeconds)
    {
        if (memoryMb != options.PoolMemoryMb || options.PoolSize == 0)
        {
            return launcher.Start(WorkerKind.Runner, memoryMb, cpuSeconds);
        }
        SandboxedProcess? runner = null;
        while (idle.TryDequeue(out var candidate))
        {
            if (!candidate.HasExited)
            {
                candidate.RaiseToNormalPriority();
                runner = candidate;
                break;
            }
            metrics.Recycled("runner", RecycleReason.Crashed);
            candidate.Dispose();
        }
        // No refill here: starting a runtime now would compete for the CPU with the run that just began.
        // The caller refills once its run is over.
        return runner ?? launcher.Start(WorkerKind.Runner, memoryMb, PooledCpuSeconds);
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
                while (!disposed && idle.Count < options.PoolSize)
                {
                    var runner = launcher.Start(WorkerKind.Runner, options.PoolMemoryMb, PooledCpuSeconds, CpuPriority.Background);
                    lock (stopping)
                    {
                        if (!disposed)
                        {
                            idle.Enqueue(runner);
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
        while (idle.TryDequeue(out var runner))
        {
            runner.Dispose();
        }
        // Let the last runners' clean-up finish, so that no process or cgroup outlives the pool.
        SpinWait.SpinUntil(() => Retiring == 0, TimeSpan.FromSeconds(5));
    }
}
