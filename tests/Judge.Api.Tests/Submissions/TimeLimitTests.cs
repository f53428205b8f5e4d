using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using Judge.Api.Tests.Infrastructure;

namespace Judge.Api.Tests.Submissions;

public sealed class TimeLimitTests(JudgeApiFactory api) : IClassFixture<JudgeApiFactory>
{
    [Fact]
    public async Task Submit_InfiniteLoop_IsTimeLimitExceededWhileTheApiKeepsAnswering()
    {
        var client = api.CreateClient();
        using var posted = await client.PostAsJsonAsync("/api/submissions", new { problemId = "valid-palindrome", language = "csharp", source = Sources.InfiniteLoop });
        Assert.Equal(HttpStatusCode.Accepted, posted.StatusCode);
        var location = posted.Headers.Location!.ToString();
        var accepted = await posted.Content.ReadFromJsonAsync<SubmissionResult>(JudgeApiFactory.Json);
        Assert.Equal($"/api/submissions/{accepted!.Id}", location);

        // While the runaway submission runs, the service answers other requests: some answer arrives
        // between two polls that both see the submission still running.
        var answeredWhileRunning = 0;
        SubmissionResult? latest;
        var clock = Stopwatch.StartNew();
        do
        {
            var before = await client.GetFromJsonAsync<SubmissionResult>(location, JudgeApiFactory.Json);
            using var problems = await client.GetAsync("/api/problems");
            Assert.Equal(HttpStatusCode.OK, problems.StatusCode);
            latest = await client.GetFromJsonAsync<SubmissionResult>(location, JudgeApiFactory.Json);
            if (before!.Status == "Running" && latest!.Status == "Running")
            {
                answeredWhileRunning++;
            }
            // Three requests a round: 200 ms apart, a slow run stays under the caller's 600 requests a minute.
            await Task.Delay(200);
        }
        while (latest!.Status != "Completed" && clock.Elapsed < TimeSpan.FromSeconds(60));

        Assert.True(answeredWhileRunning > 0, "The API never answered while the submission was running.");
        latest.ShouldBe("TimeLimitExceeded");
        var first = latest.Tests[0];
        Assert.Equal("TimeLimitExceeded", first.Verdict);
        Assert.Equal(1000, first.TimeMs);
        // The rest of the timed-out group is skipped; each later group gets a fresh runner and times out on its own.
        Assert.All(latest.Tests.Where(t => t.Group == "samples").Skip(1), t => Assert.Equal("Skipped", t.Verdict));
        Assert.Equal("TimeLimitExceeded", latest.Tests.First(t => t.Group == "performance").Verdict);
    }

    [Fact]
    public async Task Submit_WaitingForAVerdictThatTakesLong_AnswersWithinTheBoundedWait()
    {
        using var client = api.WithWebHostBuilder(b => b.UseSetting("Judge:MaxWaitMs", "200")).CreateClient();
        // The clock times the bounded wait, not this test server's start-up (seconds on a busy machine).
        (await client.GetAsync("/healthz")).EnsureSuccessStatusCode();
        var clock = Stopwatch.StartNew();
        using var posted = await client.PostAsJsonAsync("/api/submissions?wait=true", new { problemId = "valid-palindrome", language = "csharp", source = Sources.InfiniteLoop });

        Assert.Equal(HttpStatusCode.Accepted, posted.StatusCode);
        Assert.True(clock.ElapsedMilliseconds < 3000);
    }
}
