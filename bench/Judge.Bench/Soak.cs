using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;

namespace Judge.Bench;

/// <summary>
/// Many submissions in a row against one service: the host's memory after the first thousand and at the end,
/// and its descriptors, threads and worker processes before and after, to show what (if anything) accumulates.
/// </summary>
public static class Soak
{
    private sealed record Snapshot(string When, int Done, long RssKb, long PeakRssKb, int Descriptors, int Threads, int Runners, int Compilers, int Processes);

    public static async Task RunAsync(Service service, IReadOnlyList<Submission> mix, int count)
    {
        using var http = new HttpClient { BaseAddress = service.Address, Timeout = TimeSpan.FromMinutes(5) };
        // The 10% rule compares the end with the state after 1000 submissions (a fifth of a shorter run).
        var checkpoint = count >= 5000 ? 1000 : Math.Max(1, count / 5);
        var snapshots = new List<Snapshot> { await SettledAsync(service, "before", 0) };
        var verdicts = new Dictionary<string, int>();
        var wall = Stopwatch.StartNew();
        for (var i = 0; i < count; i++)
        {
            var submission = mix[i % mix.Count];
            using var response = await http.PostAsJsonAsync("/api/submissions?wait=true",
                new { problemId = submission.ProblemId, language = "csharp", source = submission.Source });
            response.EnsureSuccessStatusCode();
            var verdict = (await response.Content.ReadFromJsonAsync<Verdicted>())?.Verdict ?? "?";
            verdicts[verdict] = verdicts.GetValueOrDefault(verdict) + 1;
            if (i + 1 == checkpoint)
            {
                snapshots.Add(await SettledAsync(service, $"after {checkpoint}", checkpoint));
            }
            if ((i + 1) % 500 == 0)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  {i + 1} judged, {(i + 1) / wall.Elapsed.TotalSeconds:0.0}/s, RSS {Machine.StatusKb(service.Pid, "VmRSS:") / 1024} MB"));
            }
        }
        snapshots.Add(await SettledAsync(service, $"after {count}", count));
        Print(snapshots, verdicts, count / wall.Elapsed.TotalSeconds, checkpoint, count);
    }

    /// <summary>Measures once the pool has refilled and finished runners are gone, as between bursts in production.</summary>
    private static async Task<Snapshot> SettledAsync(Service service, string when, int done)
    {
        await Task.Delay(3000);
        var pid = service.Pid;
        return new Snapshot(when, done, Machine.StatusKb(pid, "VmRSS:"), service.PeakRssKb(), Machine.OpenDescriptors(pid), Machine.Threads(pid),
            Machine.Workers(pid, "runner/Judge.Runner"), Machine.Workers(pid, "Judge.Compiler.dll"), Machine.Descendants(pid).Count);
    }

    private static void Print(List<Snapshot> snapshots, Dictionary<string, int> verdicts, double perSecond, int checkpoint, int count)
    {
        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Soak: {count} submissions in a row, {perSecond:0.0}/s; verdicts: {string.Join(", ", verdicts.OrderBy(v => v.Key).Select(v => $"{v.Key} {v.Value}"))}"));
        Console.WriteLine();
        Console.WriteLine("| When | host RSS MB | host peak RSS MB | open descriptors | threads | runner processes | compiler processes | all descendant processes |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|");
        foreach (var s in snapshots)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {s.When} | {s.RssKb / 1024} | {s.PeakRssKb / 1024} | {s.Descriptors} | {s.Threads} | {s.Runners} | {s.Compilers} | {s.Processes} |"));
        }
        var mid = snapshots.First(s => s.Done == checkpoint);
        var end = snapshots[^1];
        var growth = (double)(end.RssKb - mid.RssKb) / mid.RssKb;
        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"RSS after {count} vs after {checkpoint}: {growth:+0.0%;-0.0%} ({(Math.Abs(growth) <= 0.10 ? "within" : "NOT within")} 10%); peak {end.PeakRssKb / 1024} MB ({(end.PeakRssKb <= 400 * 1024 ? "within" : "over")} the 400 MB target)."));
    }

    private sealed record Verdicted(string? Verdict);
}
