using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Judge.Core.Problems;
using Judge.Core.Protocol;
using Judge.Engine;
using Judge.Engine.Compilation;
using Judge.Sandbox;

namespace Judge.Api.Tests.Sandbox;

/// <summary>The warm compiler pool's worker lifecycle, with real sandboxed compiler processes.</summary>
public sealed class CompilerPoolTests
{
    private static readonly CompileRequest Small = new(
        "public class Solution { public int Run(int[] a) => a.Length; }",
        ProblemKind.Function, new EntryPoint("Solution", "Run"), []);

    /// <summary>
    /// Overload resolution of nested lambdas, each passed to a method with four delegate overloads, binds every
    /// body once per candidate at every level: exponential work for Roslyn in a few lines of source.
    /// </summary>
    private static readonly CompileRequest Bomb = Small with
    {
        Source = """
            using System;
            public class Solution
            {
                static int M(Func<int, int> f) => 0;
                static int M(Func<long, int> f) => 0;
                static int M(Func<double, int> f) => 0;
                static int M(Func<string, int> f) => 0;
                public int Run(int[] a) =>
                    M(b => M(c => M(d => M(e => M(f => M(g => M(h => M(i => M(j => M(k => M(l => M(m => b.GetHashCode()))))))))))));
            }
            """,
    };

    [Fact]
    public async Task AtItsQuota_AWorkerIsReplacedByAWarmSuccessor_AndNoWorkerIsLeftBehind()
    {
        using var recycles = new RecycleCounter();
        using var pool = WarmPool(new SandboxOptions { CompilesPerWorker = 2, SuccessorWarmUpCompiles = 2 }, recycles);

        await CompileAsync(pool, times: 2);
        // The quota is reached: a successor starts warming in the background while the old worker serves on.
        await WaitUntil(() => pool.Workers == 2);
        await CompileAsync(pool, times: 2);

        await WaitUntil(() => recycles.Count("retired") >= 1 && pool.Workers == 1);
        Assert.True((await pool.CompileAsync(Small)).Success);
        Assert.Equal(0, recycles.Count("crashed"));
    }

    [Fact]
    public async Task AWorkerHoldingTooMuchMemory_IsReplacedByAWarmSuccessor()
    {
        using var recycles = new RecycleCounter();
        // Any warm Roslyn holds more than a megabyte: the first compile makes the worker due for replacement.
        using var pool = WarmPool(new SandboxOptions { CompilerRecycleMb = 1, SuccessorWarmUpCompiles = 2 }, recycles);

        await CompileAsync(pool, times: 1);

        await WaitUntil(() => recycles.Count("memory") >= 1 && pool.Workers == 1);
        Assert.Equal(0, recycles.Count("retired"));
        await CompileAsync(pool, times: 1);
    }

    [Fact]
    public async Task WithoutWarmCompilers_EveryCompileHasAFreshProcessOfItsOwn()
    {
        using var recycles = new RecycleCounter();
        using var pool = WarmPool(new SandboxOptions { WarmCompilers = false }, recycles);
        Assert.Equal(0, pool.Workers);

        await CompileAsync(pool, times: 2);

        Assert.Equal(0, pool.Workers);
        Assert.Equal(2, recycles.Count("retired"));
    }

    [Fact]
    public async Task ACompileThatRunsPastItsLimit_IsACompilationError_AndTheNextCompileGetsAFreshWorker()
    {
        using var recycles = new RecycleCounter();
        using var pool = WarmPool(new SandboxOptions { CompileTimeoutMs = 1500 }, recycles);

        var bombed = await pool.CompileAsync(Bomb);

        Assert.False(bombed.Success);
        var diagnostic = Assert.Single(bombed.Diagnostics);
        Assert.Equal(CompilerPool.TimeoutId, diagnostic.Id);
        Assert.Contains("longer than 1500 ms", diagnostic.Message);
        Assert.Equal(1, recycles.Count("timeout"));
        Assert.True((await pool.CompileAsync(Small)).Success);
        Assert.Equal(1, pool.Workers);
    }

    /// <summary>A pool of real sandboxed workers, warmed as the service warms its own at start.</summary>
    private static CompilerPool WarmPool(SandboxOptions options, RecycleCounter recycles)
    {
        var pool = new CompilerPool(new WorkerLauncher(options), options, recycles.Metrics);
        pool.Warm();
        return pool;
    }

    private static async Task CompileAsync(CompilerPool pool, int times)
    {
        for (var i = 0; i < times; i++)
        {
            var compiled = await pool.CompileAsync(Small);
            Assert.True(compiled.Success, string.Join("; ", compiled.Diagnostics.Select(d => d.Message)));
        }
    }

    private static async Task WaitUntil(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "The pool did not settle within a minute.");
            await Task.Delay(50);
        }
    }

    /// <summary>Counts this pool's worker recycles by reason, from its own meter.</summary>
    private sealed class RecycleCounter : IDisposable
    {
        private readonly MeterListener listener = new();
        private readonly ConcurrentDictionary<string, int> counts = new();

        public RecycleCounter()
        {
            listener.InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter == Metrics.Meter && instrument.Name == "judge.workers.recycled")
                {
                    l.EnableMeasurementEvents(instrument);
                }
            };
            listener.SetMeasurementEventCallback<long>((_, value, tags, _) =>
            {
                foreach (var tag in tags)
                {
                    if (tag.Key == "reason")
                    {
                        counts.AddOrUpdate((string)tag.Value!, (int)value, (_, n) => n + (int)value);
                    }
                }
            });
            listener.Start();
        }

        public JudgeMetrics Metrics { get; } = new();

        public int Count(string reason) => counts.GetValueOrDefault(reason);

        public void Dispose()
        {
            listener.Dispose();
            Metrics.Dispose();
        }
    }
}
