using System.Diagnostics;
using System.Net.Http.Json;

namespace Judge.Bench;

public sealed record Row(string Name, int Count, double P50, double P95, double P99, double PerSecond, double CpuPerSubmission, long PeakRssKb)
{
    /// <summary>Busy CPU seconds of the whole machine per submission (see <see cref="Machine.BusyCpuSeconds"/>).</summary>
    public double MachineCpuPerSubmission { get; init; } = double.NaN;

    /// <summary>Mean time in the compiler and in the runners per submission, from the service's own /metrics.</summary>
    public (double CompileMs, double RunMs)? Breakdown { get; init; }
}

/// <summary>
/// Sends submissions at a fixed concurrency and times each from POST to final verdict; with a pause, each sender
/// waits that long between its submissions (an unsaturated judge, as one learner at a time sees it).
/// </summary>
public static class Load
{
    public static async Task<Row> RunAsync(
        Service service, IReadOnlyList<Submission> mix, int count, int concurrency, string name, TimeSpan pause = default)
    {
        using var http = new HttpClient { BaseAddress = service.Address, Timeout = TimeSpan.FromMinutes(5) };
        var latencies = new List<double>();
        var metricsBefore = await Metrics.ScrapeAsync(http);
        var cpuBefore = service.CpuSeconds();
        var machineBefore = Machine.BusyCpuSeconds();
        var wall = Stopwatch.StartNew();
        await SendAsync(http, mix, count, concurrency, pause, latency =>
        {
            lock (latencies)
            {
                latencies.Add(latency);
            }
        });
        var seconds = wall.Elapsed.TotalSeconds;
        await Task.Delay(500); // let finished workers be reaped so their CPU time is counted
        var cpu = service.CpuSeconds() - cpuBefore;
        var machineCpu = Machine.BusyCpuSeconds() - machineBefore;
        var metricsAfter = await Metrics.ScrapeAsync(http);
        latencies.Sort();
        var row = new Row(name, count, Percentile(latencies, 0.50), Percentile(latencies, 0.95), Percentile(latencies, 0.99),
            count / seconds, cpu / count, service.PeakRssKb())
        {
            MachineCpuPerSubmission = machineCpu / count,
            Breakdown = (Metrics.MeanDelta(metricsBefore, metricsAfter, "judge_compile_duration_milliseconds"),
                Metrics.MeanDelta(metricsBefore, metricsAfter, "judge_run_duration_milliseconds")),
        };
        Console.WriteLine(Report.Line(row));
        // A compiler worker replaced during a row warms its successor in the background, which the row pays for.
        foreach (var (series, growth) in Metrics.Grown(metricsBefore, metricsAfter, "judge_workers_recycled_total"))
        {
            Console.WriteLine($"  during this row: {series} +{growth:0}");
        }
        return row;
    }

    /// <summary>
    /// Judges <paramref name="count"/> submissions and forgets them, then pauses. A fresh service is not yet at full
    /// speed: the JIT recompiles the hot paths of the host and of the compiler worker (Roslyn) over their first few
    /// hundred calls, seconds of CPU in all, and back-to-back submissions leave its background recompilation behind
    /// until they stop; so "warm" rows start after this, as a service that has been serving for a while would be.
    /// </summary>
    public static async Task WarmUpAsync(Service service, IReadOnlyList<Submission> mix, int count)
    {
        using var http = new HttpClient { BaseAddress = service.Address, Timeout = TimeSpan.FromMinutes(5) };
        await SendAsync(http, mix, count, concurrency: 2, pause: default, onLatency: _ => { });
        await Task.Delay(TimeSpan.FromSeconds(5));
        Console.WriteLine($"  warmed up: {count} submissions, then 5 s idle");
    }

    /// <summary>
    /// Judges <paramref name="count"/> submissions from <paramref name="mix"/> in turn, <paramref name="concurrency"/> at a
    /// time, each sender pausing <paramref name="pause"/> after each; reports each one's time from POST to verdict.
    /// </summary>
    private static Task SendAsync(
        HttpClient http, IReadOnlyList<Submission> mix, int count, int concurrency, TimeSpan pause, Action<double> onLatency)
    {
        var next = -1;
        return Task.WhenAll(Enumerable.Range(0, concurrency).Select(async _ =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < count)
            {
                var submission = mix[i % mix.Count];
                var clock = Stopwatch.StartNew();
                using var response = await http.PostAsJsonAsync("/api/submissions?wait=true",
                    new { problemId = submission.ProblemId, language = "csharp", source = submission.Source });
                response.EnsureSuccessStatusCode();
                onLatency(clock.Elapsed.TotalMilliseconds);
                await Task.Delay(pause);
            }
        }));
    }

    public static double Percentile(List<double> sorted, double p) =>
        sorted.Count == 0 ? 0 : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
}
