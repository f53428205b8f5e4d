using System.Net.Http.Json;
using System.Runtime.InteropServices;
using Judge.Api.Tests.Hostile;
using Judge.Api.Tests.Infrastructure;

namespace Judge.Api.Tests.Submissions;

/// <summary>
/// The host's own deadline for a test: the one that holds when a runner can no longer report a time-out itself (its
/// watching thread frozen with it). The host reads a runner's frames with blocking reads, which no cancellation
/// ends; the deadline stops the sandbox, and the pipe closes with it. A service of its own, so that the only
/// runners descending from it are its.
/// </summary>
public sealed class HostDeadlineTests
{
    private const int SigStop = 19;

    [Fact]
    public async Task ARunnerFrozenInATest_IsStoppedAtTheHostsDeadline_AndTheTestTimesOut()
    {
        var dataPath = Directory.CreateTempSubdirectory("judge-test-data-").FullName;
        try
        {
            using var service = await ServiceProcess.StartAsync(dataPath, "--Runner:TestGraceMs=500", "--Runner:PoolSize=2");
            var before = await PoolFilled(service.Pid, runners: 2);
            using var posted = await service.Client.PostAsJsonAsync("/api/submissions",
                new { problemId = "valid-palindrome", language = "csharp", source = Sources.InfiniteLoop });
            var location = posted.Headers.Location!.ToString();
            await UntilStatus(service.Client, location, "Running");
            // The first test has started and loops; the runner would report it itself 1050 ms after it started.
            var looping = await LoopingRunner(service.Pid, before, within: TimeSpan.FromMilliseconds(700));
            Assert.Equal(0, Kill(looping, SigStop));

            var result = await UntilStatus(service.Client, location, "Completed");

            var first = result.Tests[0];
            Assert.Equal("TimeLimitExceeded", first.Verdict);
            Assert.Equal("Still running after 1000 ms; the judge stopped it.", first.Message);
            await UntilGone(looping);
        }
        finally
        {
            Directory.Delete(dataPath, recursive: true);
        }
    }

    private static async Task<SubmissionResult> UntilStatus(HttpClient client, string location, string status)
    {
        SubmissionResult? latest = null;
        for (var attempt = 0; attempt < 600 && latest?.Status != status; attempt++)
        {
            if (attempt > 0)
            {
                await Task.Delay(50);
            }
            latest = await client.GetFromJsonAsync<SubmissionResult>(location, JudgeApiFactory.Json);
        }
        Assert.Equal(status, latest?.Status);
        return latest!;
    }

    /// <summary>
    /// The runner process (not bubblewrap's) under <paramref name="service"/> whose submission thread loops: of the
    /// runners there <paramref name="before"/> the submission, the one whose CPU grew by 80 ms or more since. Idle runners
    /// do not grow at all, whatever their start cost; on a loaded machine the loop gets less than a core, so it is
    /// looked for until it stands out.
    /// </summary>
    private static async Task<int> LoopingRunner(int service, Dictionary<int, long> before, TimeSpan within)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var seen = "none";
        while (clock.Elapsed < within)
        {
            var grown = RunnerTicks(service)
                .Where(r => before.ContainsKey(r.Key))
                .Select(r => (Pid: r.Key, Ticks: r.Value - before[r.Key]))
                .OrderByDescending(r => r.Ticks)
                .ToList();
            if (grown is [var busiest, ..] && busiest.Ticks >= 8)
            {
                return busiest.Pid;
            }
            seen = string.Join(", ", grown.Select(r => $"{r.Pid}: +{r.Ticks} ticks"));
            await Task.Delay(20);
        }
        Assert.Fail($"No runner was looping within {within.TotalMilliseconds} ms: {seen}");
        return 0;
    }

    /// <summary>The pool's runners, once all have started and warmed up (their CPU no longer grows), with their CPU.</summary>
    private static async Task<Dictionary<int, long>> PoolFilled(int service, int runners)
    {
        var last = RunnerTicks(service);
        for (var attempt = 0; attempt < 300; attempt++)
        {
            await Task.Delay(100);
            var now = RunnerTicks(service);
            if (now.Count == runners && now.All(r => last.TryGetValue(r.Key, out var ticks) && ticks == r.Value))
            {
                return now;
            }
            last = now;
        }
        Assert.Fail($"The pool did not settle at {runners} idle runners: {last.Count} runners.");
        return last;
    }

    /// <summary>The CPU of each runner process (not bubblewrap's) under <paramref name="service"/>, by process ID.</summary>
    private static Dictionary<int, long> RunnerTicks(int service) =>
        HostChecks.RunnerProcesses(ancestor: service)
            .Where(pid => HostChecks.ReadOrEmpty($"/proc/{pid}/comm").Trim() == "Judge.Runner")
            .Select(int.Parse)
            .ToDictionary(pid => pid, CpuTicks);

    /// <summary>User and system time from <c>/proc/PID/stat</c>, in clock ticks (10 ms), read past the command's name.</summary>
    private static long CpuTicks(int pid)
    {
        var fields = StatFields(pid);
        return fields.Length > 12 ? long.Parse(fields[11]) + long.Parse(fields[12]) : 0;
    }

    private static async Task UntilGone(int pid)
    {
        for (var attempt = 0; attempt < 100 && Directory.Exists($"/proc/{pid}"); attempt++)
        {
            await Task.Delay(50);
        }
        Assert.False(Directory.Exists($"/proc/{pid}"), $"The frozen runner {pid} was left behind.");
    }

    /// <summary>The fields after the command's name (which may hold spaces): the state first.</summary>
    private static string[] StatFields(int pid)
    {
        var stat = HostChecks.ReadOrEmpty($"/proc/{pid}/stat");
        return stat.Length == 0 ? [] : stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
    }

    [DllImport("libc", EntryPoint = "kill")]
    private static extern int Kill(int pid, int signal);
}
