using System.Net.Http.Json;
using System.Text.Json;
using Judge.Api.Tests.Infrastructure;
using Judge.Api.Tests.Submissions;

namespace Judge.Api.Tests.Storage;

/// <summary>
/// The queue is durable: a service killed with SIGKILL while judging loses nothing. On restart, every
/// submission that was queued, compiling or running is judged again, and each ends with one consistent result.
/// </summary>
[Collection(nameof(KillRecoveryCollection))]
public sealed class KillRecoveryTests : IDisposable
{
    private const int InFlight = 50;
    private readonly string dataPath = Directory.CreateTempSubdirectory("judge-kill-").FullName;

    public void Dispose() => Directory.Delete(dataPath, recursive: true);

    [Fact]
    public async Task KilledWith50InFlight_EveryOneEndsWithItsVerdictAfterRestart()
    {
        var expected = new Dictionary<string, string>();
        int killedPid;
        using (var first = await ServiceProcess.StartAsync(dataPath))
        {
            killedPid = first.Pid;
            for (var i = 0; i < InFlight; i++)
            {
                var (source, verdict) = i % 3 == 0 ? (Sources.PalindromeCaseSensitive, "WrongAnswer") : (Sources.Palindrome, "Accepted");
                using var posted = await first.Client.PostAsJsonAsync("/api/submissions", new { problemId = "valid-palindrome", language = "csharp", source });
                posted.EnsureSuccessStatusCode();
                expected[(await posted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!] = verdict;
            }
            await WaitUntil(first.Client, s => s.Completed >= 2);
            // Killed while the file shows one being judged: a kill in the moment between one verdict and the next
            // claim would leave only queued submissions, and the recovery of half-judged ones would go untested.
            await WaitUntilJudging();
            first.Kill();
        }
        var judgingAtKill = JudgeDatabase.Column(dataPath, JudgingNow);
        Assert.NotEmpty(judgingAtKill);
        Assert.NotEmpty(CgroupsOf(killedPid));

        using var second = await ServiceProcess.StartAsync(dataPath);
        await WaitUntil(second.Client, s => s.Completed == InFlight, TimeSpan.FromMinutes(3));

        foreach (var (id, verdict) in expected)
        {
            var result = (await second.Client.GetFromJsonAsync<SubmissionResult>($"/api/submissions/{id}", JudgeApiFactory.Json))!;
            Assert.Equal(verdict, result.Verdict);
            Assert.Equal(result.Total, result.Tests.Count);
            var stored = JudgeDatabase.Column(dataPath, "SELECT COUNT(*) FROM test_results WHERE submission_id = $id", ("$id", id));
            Assert.Equal(result.Total.ToString(System.Globalization.CultureInfo.InvariantCulture), Assert.Single(stored));
            var completions = JudgeDatabase.Column(dataPath, "SELECT COUNT(*) FROM status_changes WHERE submission_id = $id AND status = 'Completed'", ("$id", id));
            Assert.Equal("1", Assert.Single(completions));
        }
        var interrupted = JudgeDatabase.Column(dataPath, "SELECT DISTINCT submission_id FROM status_changes WHERE note IS NOT NULL");
        Assert.Empty(CgroupsOf(killedPid));
        // Exactly the half-judged ones were put back, each with its note.
        Assert.Equal(judgingAtKill.ToHashSet(), interrupted.ToHashSet());
    }

    private const string JudgingNow = "SELECT id FROM submissions WHERE status IN ('Compiling', 'Running')";

    private async Task WaitUntilJudging()
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(1);
        while (JudgeDatabase.Column(dataPath, JudgingNow).Count == 0)
        {
            Assert.True(DateTime.UtcNow < deadline, "No submission was being judged within a minute.");
            await Task.Delay(1);
        }
    }

    /// <summary>The cgroup folders a process made for its workers (judge-PID), in any hierarchy.</summary>
    private static List<string> CgroupsOf(int pid) =>
        [.. Directory.EnumerateDirectories("/sys/fs/cgroup", $"judge-{pid}", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true })];

    private sealed record Counts(int Completed);

    private static async Task WaitUntil(HttpClient client, Func<Counts, bool> done, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromMinutes(1));
        while (DateTime.UtcNow < deadline)
        {
            var page = await client.GetFromJsonAsync<JsonElement>($"/api/submissions?pageSize=100");
            var completed = page.GetProperty("items").EnumerateArray().Count(s => s.GetProperty("status").GetString() == "Completed");
            if (done(new Counts(completed)))
            {
                return;
            }
            await Task.Delay(50);
        }
        Assert.Fail("The submissions did not reach the expected state in time.");
    }
}

/// <summary>
/// Alone, not beside other tests: every worker launcher removes the cgroups of judge processes that are gone
/// (<c>CgroupFs.RemoveStale</c>), so a service or pool that another test starts in the moment after the kill
/// would remove the killed service's groups before this test has seen them left behind.
/// </summary>
[CollectionDefinition(nameof(KillRecoveryCollection), DisableParallelization = true)]
public sealed class KillRecoveryCollection;
