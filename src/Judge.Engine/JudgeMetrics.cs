using System.Diagnostics.Metrics;
using Judge.Core.Verdicts;

namespace Judge.Engine;

/// <summary>
/// The judge's instruments, all in one place, on the <c>Judge</c> meter: what operators watch (verdicts, queue,
/// latency, pools, worker failures). The engine's pools update them; the API exports them at <c>/metrics</c>.
/// </summary>
public sealed class JudgeMetrics : IDisposable
{
    public const string MeterName = "Judge";

    /// <summary>Milliseconds: fine steps where a warm judge lives (a few ms), coarse ones up to the time limits.</summary>
    private static readonly InstrumentAdvice<double> LatencyBuckets = new()
    {
        HistogramBucketBoundaries = [1, 2, 5, 10, 15, 25, 50, 100, 250, 500, 1000, 2500, 5000, 10000, 30000],
    };

    private readonly Meter meter;
    private readonly Counter<long> judged;
    private readonly Histogram<double> compileMs;
    private readonly Histogram<double> runMs;
    private readonly Counter<long> recycled;

    /// <param name="factory">The host's meter factory; null for a meter of its own (the command-line tool).</param>
    public JudgeMetrics(IMeterFactory? factory = null)
    {
        meter = factory?.Create(MeterName) ?? new Meter(MeterName);
        judged = meter.CreateCounter<long>("judge.submissions.judged", "{submission}", "Submissions judged, by verdict");
        compileMs = meter.CreateHistogram("judge.compile.duration", "ms", "Time to compile a submission in a warm compiler worker", advice: LatencyBuckets);
        runMs = meter.CreateHistogram("judge.run.duration", "ms", "Time to run all of a submission's tests, from taking a runner to the last result", advice: LatencyBuckets);
        recycled = meter.CreateCounter<long>("judge.workers.recycled", "{worker}", "Worker processes replaced, by kind (compiler, runner) and reason (retired, crashed, timeout, memory)");
    }

    /// <summary>This judge's own meter, for a listener that must tell it from another judge's in the same process.</summary>
    public Meter Meter => meter;

    public void Judged(Verdict verdict) => judged.Add(1, new KeyValuePair<string, object?>("verdict", verdict.ToString()));

    public void Compiled(TimeSpan elapsed) => compileMs.Record(elapsed.TotalMilliseconds);

    public void Ran(TimeSpan elapsed) => runMs.Record(elapsed.TotalMilliseconds);

    public void Recycled(string worker, RecycleReason reason) =>
        recycled.Add(1, new("worker", worker), new("reason", reason.ToString().ToLowerInvariant()));

    /// <summary>Submissions waiting for a judging worker (the queue belongs to the host, so the host supplies it).</summary>
    public void ObserveQueueDepth(Func<int> depth) =>
        meter.CreateObservableGauge("judge.queue.depth", depth, "{submission}", "Submissions waiting to be judged");

    internal void ObservePools(Func<int> idleRunners, Func<int> compilerWorkers)
    {
        meter.CreateObservableGauge("judge.runners.idle", idleRunners, "{process}", "Runner processes started and waiting in the pool");
        meter.CreateObservableGauge("judge.compilers.workers", compilerWorkers, "{process}", "Live compiler worker processes, idle or busy");
    }

    public void Dispose() => meter.Dispose();
}

/// <summary>Why a worker process was replaced.</summary>
public enum RecycleReason
{
    /// <summary>It served its quota of compiles.</summary>
    Retired,

    /// <summary>It died on its own (or was found dead while idle).</summary>
    Crashed,

    /// <summary>It ran past its time limit and was killed.</summary>
    Timeout,

    /// <summary>It held more memory than a compiler worker should (see <c>Sandbox:CompilerRecycleMb</c>).</summary>
    Memory,
}
