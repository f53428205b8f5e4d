using Judge.Api.Tests.Submissions;

namespace Judge.Api.Tests.Infrastructure;

/// <summary><c>/metrics</c>: the judge's instruments in Prometheus's text format, after a real submission.</summary>
public sealed class MetricsSetupTests(JudgeApiFactory api) : IClassFixture<JudgeApiFactory>
{
    [Fact]
    public async Task Metrics_AfterOneSubmission_ShowItsVerdictTheLatenciesAndThePools()
    {
        (await api.JudgeAsync("valid-palindrome", Sources.Palindrome)).ShouldBe("Accepted");

        var text = await ScrapeUntilAsync(t => t.Contains("judge_run_duration", StringComparison.Ordinal));

        var lines = text.Split('\n');
        Assert.Contains(lines, l => l.StartsWith("judge_submissions_judged_total{", StringComparison.Ordinal) && l.Contains("verdict=\"Accepted\"", StringComparison.Ordinal));
        foreach (var histogram in new[] { "judge_compile_duration_milliseconds", "judge_run_duration_milliseconds" })
        {
            Assert.Contains(lines, l => l.StartsWith($"{histogram}_bucket{{", StringComparison.Ordinal));
            Assert.Contains(lines, l => l.StartsWith($"{histogram}_count", StringComparison.Ordinal) && !l.EndsWith(" 0", StringComparison.Ordinal));
        }
        foreach (var gauge in new[] { "judge_queue_depth", "judge_runners_idle", "judge_compilers_workers" })
        {
            Assert.Contains(lines, l => l.StartsWith(gauge, StringComparison.Ordinal));
        }
    }

    /// <summary>The exporter caches a scrape briefly, so a measurement may take a moment to show.</summary>
    private async Task<string> ScrapeUntilAsync(Func<string, bool> shows)
    {
        using var client = api.CreateClient();
        var text = "";
        for (var attempt = 0; attempt < 50 && !shows(text); attempt++)
        {
            if (attempt > 0)
            {
                await Task.Delay(100);
            }
            using var response = await client.GetAsync("/metrics");
            response.EnsureSuccessStatusCode();
            Assert.StartsWith("text/plain", response.Content.Headers.ContentType?.MediaType);
            text = await response.Content.ReadAsStringAsync();
        }
        return text;
    }
}
