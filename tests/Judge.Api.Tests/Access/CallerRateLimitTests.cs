using System.Net;
using System.Net.Http.Json;
using Judge.Api.Tests.Submissions;
using Microsoft.AspNetCore.Hosting;

namespace Judge.Api.Tests.Access;

/// <summary>A request that waits its turn behind an editor cap still costs its caller one permit, not two.</summary>
public sealed class CallerRateLimitTests(CallerRateLimitTests.OneRunAtATime api) : IClassFixture<CallerRateLimitTests.OneRunAtATime>
{
    [Fact]
    public async Task ARunThatWaitsInLine_SpendsOnePermit()
    {
        var client = api.ClientFor("limited-editor");
        // Each run takes the problem's whole time limit, so whichever starts second waits for the first.
        var slowRun = new { problemId = "valid-palindrome", source = Sources.InfiniteLoop, tests = new[] { new { input = "[\"ab\"]" } } };

        var both = await Task.WhenAll(client.PostAsJsonAsync("/api/runs", slowRun), client.PostAsJsonAsync("/api/runs", slowRun));
        using var third = await client.PostAsJsonAsync("/api/runs", slowRun);

        Assert.All(both, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
        foreach (var response in both)
        {
            response.Dispose();
        }
    }

    /// <summary>One run at a time, one more in line; the keys of <see cref="KeyedJudgeApiFactory"/>.</summary>
    public sealed class OneRunAtATime : KeyedJudgeApiFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Editor:ConcurrentRuns", "1");
            builder.UseSetting("Editor:QueueLimit", "1");
        }
    }
}
