using System.Diagnostics;
using Judge.Core.Protocol;
using Judge.Core.Verdicts;
using Judge.Sandbox;

namespace Judge.Engine.Compilation;

/// <summary>
/// Compiles submissions in warm, sandboxed compiler workers: Roslyn's first compile in a process costs about
/// a second, later ones milliseconds. A worker is replaced after a time-out, a crash, its compile quota or when
/// it holds too much memory; in the last two cases it goes on serving until its successor has warmed up in the
/// background, so no compile waits for Roslyn's start.
/// </summary>
public sealed class CompilerPool(WorkerLauncher launcher, SandboxOptions options, JudgeMetrics metrics) : IDisposable
{
    public const string TimeoutId = "JUDGE002";

    /// <summary>Warm workers waiting for a compile; guarded by itself, so that a retiring worker is either here or busy.</summary>
    private readonly List<CompilerWorker> idle = [];
    private readonly SemaphoreSlim slots = new(Math.Max(1, options.CompilerWorkers));

    private long RecycleBytes => (long)(options.CompilerRecycleMb > 0 ? options.CompilerRecycleMb : options.CompilerMemoryMb * 3 / 4) << 20;

    private int live;
    private bool disposed;

    /// <summary>Live worker processes, idle or compiling.</summary>
    public int Workers => Volatile.Read(ref live);

    /// <summary>Raised with the reason and the worker's stderr when a compiler worker fails, for the operator's log.</summary>
    public event Action<string>? WorkerFailed;

    public async Task<CompileResponse> CompileAsync(CompileRequest request, CancellationToken cancel = default)
    {
        await slots.WaitAsync(cancel);
        try
        {
            var worker = TakeLiveWorker();
            var clock = Stopwatch.StartNew();
            var (response, failure) = await worker.CompileAsync(request, TimeSpan.FromMilliseconds(options.CompileTimeoutMs), cancel);
            if (failure == WorkerFailure.Died && !worker.MemoryLimitHit)
            {
                // A worker that dies without hitting its limits most likely failed on its own (it has served
                // many compiles): give the source one more try in a fresh worker before blaming it.
                WorkerFailed?.Invoke("A compiler worker died; retrying in a fresh one. " + await worker.StderrAsync());
                Retire(worker, RecycleReason.Crashed);
                worker = StartWorker();
                clock.Restart();
                (response, failure) = await worker.CompileAsync(request, TimeSpan.FromMilliseconds(options.CompileTimeoutMs), cancel);
            }
            if (response is null)
            {
                var reason = failure == WorkerFailure.TimedOut
                    ? $"Compilation took longer than {options.CompileTimeoutMs} ms and was stopped."
                    : worker.MemoryLimitHit
                        ? $"The compiler ran out of memory ({options.CompilerMemoryMb} MB) on this source."
                        : "The compiler stopped while compiling this source.";
                Retire(worker, failure == WorkerFailure.TimedOut ? RecycleReason.Timeout : RecycleReason.Crashed);
                WorkerFailed?.Invoke(reason + " " + await worker.StderrAsync());
                return Failure(reason);
            }
            metrics.Compiled(clock.Elapsed);
            if (!options.WarmCompilers)
            {
                Retire(worker, RecycleReason.Retired);
                return response;
            }
            worker.CountServed();
            var startReplacement = false;
            if (worker.Replacement is null)
            {
                worker.Replacement = DueForReplacement(worker);
                startReplacement = worker.Replacement is not null;
            }
            Release(worker);
            if (startReplacement)
            {
                _ = Task.Run(() => ReplaceInBackgroundAsync(worker));
            }
            return response;
        }
        finally
        {
            slots.Release();
        }
    }

    /// <summary>An idle worker that is still alive (one may have died while idle), or a fresh one.</summary>
    private CompilerWorker TakeLiveWorker()
    {
        while (true)
        {
            CompilerWorker? warm;
            lock (idle)
            {
                if (idle.Count == 0)
                {
                    break;
                }
                warm = idle[^1];
                idle.RemoveAt(idle.Count - 1);
            }
            if (!warm.HasExited)
            {
                return warm;
            }
            Retire(warm, RecycleReason.Crashed);
        }
        return StartWorker();
    }

    /// <summary>Back to the idle list after a compile, unless its successor took over while it was busy.</summary>
    private void Release(CompilerWorker worker)
    {
        lock (idle)
        {
            if (!worker.Superseded)
            {
                idle.Add(worker);
                return;
            }
        }
        Retire(worker, worker.Replacement!.Value);
    }

    /// <summary>Why a worker that has just compiled should make way for a fresh one, if it should.</summary>
    private RecycleReason? DueForReplacement(CompilerWorker worker) =>
        worker.Served >= options.CompilesPerWorker ? RecycleReason.Retired
        : worker.MemoryBytes > RecycleBytes ? RecycleReason.Memory
        : null;

    /// <summary>Warms a successor for a worker that has served its quota or grown, then retires it (now if idle, else after its compile).</summary>
    private async Task ReplaceInBackgroundAsync(CompilerWorker worker)
    {
        CompilerWorker successor;
        try
        {
            successor = StartWorker();
            await SettleAsync(successor);
        }
        catch (Exception e)
        {
            // The old worker keeps serving; its next compile tries again.
            worker.Replacement = null;
            WorkerFailed?.Invoke("A successor compiler worker could not start: " + e.Message);
            return;
        }
        bool wasIdle;
        lock (idle)
        {
            if (disposed)
            {
                // The service stopped while the successor warmed up: it has nobody to serve.
                Interlocked.Decrement(ref live);
                successor.Dispose();
                return;
            }
            idle.Add(successor);
            worker.Superseded = true;
            wasIdle = idle.Remove(worker);
        }
        if (wasIdle)
        {
            Retire(worker, worker.Replacement!.Value);
        }
    }

    /// <summary>Starts a worker now, so the first submission does not pay for Roslyn's start-up.</summary>
    public void Warm()
    {
        if (!options.WarmCompilers)
        {
            return;
        }
        var worker = StartWorker();
        lock (idle)
        {
            idle.Add(worker);
        }
    }

    public void Dispose()
    {
        lock (idle)
        {
            disposed = true;
            foreach (var worker in idle)
            {
                Interlocked.Decrement(ref live);
                worker.Dispose();
            }
            idle.Clear();
        }
    }

    /// <summary>
    /// Starts a worker and compiles a small program in it (both ways) before it serves anyone: Roslyn's first compile in a
    /// process costs about a second (more on a loaded machine), which must not count against a submission's limit.
    /// </summary>
    private CompilerWorker StartWorker()
    {
        var worker = new CompilerWorker(launcher.Start(WorkerKind.Compiler, options.CompilerMemoryMb, cpuSeconds: 3600));
        Interlocked.Increment(ref live);
        if (!options.WarmCompilers)
        {
            return worker;
        }
        _ = worker.CompileAsync(WarmUp, TimeSpan.FromMinutes(2), CancellationToken.None).GetAwaiter().GetResult();
        // And the editor's check on save, which takes its own path through Roslyn (diagnostics without emitting).
        _ = worker.CompileAsync(WarmUp with { DiagnosticsOnly = true }, TimeSpan.FromMinutes(2), CancellationToken.None).GetAwaiter().GetResult();
        // And a compile that fails, which the worker does again against all of .NET's references: their first binding takes a while too.
        _ = worker.CompileAsync(FailingWarmUp, TimeSpan.FromMinutes(2), CancellationToken.None).GetAwaiter().GetResult();
        return worker;
    }

    /// <summary>
    /// Takes a successor through more compiles, then waits for the runtime to finish recompiling what they made hot
    /// (see <see cref="SandboxOptions.SuccessorWarmUpCompiles"/>): it is in no submission's way meanwhile.
    /// </summary>
    private async Task SettleAsync(CompilerWorker successor)
    {
        if (options.SuccessorWarmUpCompiles <= 0)
        {
            return;
        }
        for (var i = 0; i < options.SuccessorWarmUpCompiles; i++)
        {
            var (compiled, _) = await successor.CompileAsync(i % 2 == 0 ? WarmUp : TypicalSubmission, TimeSpan.FromMinutes(1), CancellationToken.None);
            if (compiled is null)
            {
                return; // it died: whoever takes it next finds it gone and starts another
            }
        }
        await Task.Delay(TieringPause);
    }

    /// <summary>Long enough for the runtime's background recompilation to catch up after the warm-up compiles: with 4 s, the next compiles ran at full speed.</summary>
    private static readonly TimeSpan TieringPause = TimeSpan.FromSeconds(4);

    /// <summary>The everyday shapes of a submission (fields, collections, loops, strings, LINQ, an exception), for the warm-up.</summary>
    private static readonly CompileRequest TypicalSubmission = new(
        """
        using System;
        using System.Collections.Generic;
        using System.Linq;

        public class Solution
        {
            private readonly Dictionary<string, int> seen = new();

            public IList<string> Run(string[] words, int limit)
            {
                if (limit < 0) throw new ArgumentOutOfRangeException(nameof(limit));
                var result = new List<string>();
                foreach (var word in words)
                {
                    seen[word] = seen.TryGetValue(word, out var count) ? count + 1 : 1;
                    if (seen[word] == 1 && result.Count < limit) result.Add($"{word}:{word.Length}");
                }
                return result.OrderBy(w => w, StringComparer.Ordinal).ToList();
            }
        }
        """,
        Core.Problems.ProblemKind.Function,
        new Core.Problems.EntryPoint("Solution", "Run"),
        []);

    private static readonly CompileRequest WarmUp = new(
        "public class Solution { public int Run(int[] a) => a.Where(x => x > 0).Sum(); }",
        Core.Problems.ProblemKind.Function,
        new Core.Problems.EntryPoint("Solution", "Run"),
        []);

    /// <summary>The warm-up's compile error (no such method): the path that compiles again against all of .NET.</summary>
    private static readonly CompileRequest FailingWarmUp = WarmUp with { Source = "public class Solution { public int Run(int[] a) => a.Total(); }" };

    private void Retire(CompilerWorker worker, RecycleReason reason)
    {
        Interlocked.Decrement(ref live);
        metrics.Recycled("compiler", reason);
        worker.Dispose();
    }

    private static CompileResponse Failure(string message) =>
        new(false, false, null, null, [new Diagnostic(TimeoutId, DiagnosticSeverity.Error, message, 0, 0, 0, 0)], 0);
}
