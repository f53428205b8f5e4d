using System.Diagnostics;
using System.Net.Http.Json;

namespace Judge.Bench;

/// <summary>
/// An editor's check on save: <c>POST /api/diagnostics</c> one at a time, timed from request to answer.
/// Each request changes the source a little (as typing does) so nothing can be answered from a cache.
/// </summary>
public static class DiagnosticsLatency
{
    public static async Task<Row> RunAsync(Service service, Submission submission, int submissions)
    {
        // Checks are cheap: take at least 100 for steady percentiles.
        var count = Math.Max(100, submissions);
        using var http = new HttpClient { BaseAddress = service.Address, Timeout = TimeSpan.FromMinutes(1) };
        for (var i = 0; i < 5; i++)
        {
            await CheckAsync(http, submission, -1 - i);
        }
        var latencies = new List<double>();
        var cpuBefore = service.CpuSeconds();
        var machineBefore = Machine.BusyCpuSeconds();
        var wall = Stopwatch.StartNew();
        for (var i = 0; i < count; i++)
        {
            var clock = Stopwatch.StartNew();
            await CheckAsync(http, submission, i);
            latencies.Add(clock.Elapsed.TotalMilliseconds);
        }
        var seconds = wall.Elapsed.TotalSeconds;
        var cpu = service.CpuSeconds() - cpuBefore;
        var machineCpu = Machine.BusyCpuSeconds() - machineBefore;
        latencies.Sort();
        Console.WriteLine("  done: diagnostics");
        return new Row($"diagnostics (check on save), warm: {submission.ProblemId}, c=1", count,
            Load.Percentile(latencies, 0.50), Load.Percentile(latencies, 0.95), Load.Percentile(latencies, 0.99),
            count / seconds, cpu / count, service.PeakRssKb()) { MachineCpuPerSubmission = machineCpu / count };
    }

    private static async Task CheckAsync(HttpClient http, Submission submission, int edit)
    {
        using var response = await http.PostAsJsonAsync("/api/diagnostics",
            new { problemId = submission.ProblemId, source = $"{submission.Source}\n// edit {edit}\n" });
        response.EnsureSuccessStatusCode();
    }
}
