using System.Net;
using System.Net.Http.Json;
using Judge.Api.Tests.Infrastructure;
using Judge.Api.Tests.Submissions;
using Microsoft.AspNetCore.Hosting;

namespace Judge.Api.Tests.Editor;

/// <summary>Editor requests past their cap and their line get 503 with Retry-After instead of piling up.</summary>
public sealed class EditorLimitsTests(EditorLimitsTests.OneAtATime api) : IClassFixture<EditorLimitsTests.OneAtATime>
{
    [Fact]
    public async Task Diagnose_PastTheCapAndTheLine_Is503WithRetryAfter()
    {
        var client = api.CreateClient();

        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ =>
            client.PostAsJsonAsync("/api/diagnostics", new { problemId = "valid-palindrome", source = Sources.Palindrome })));

        Assert.Contains(responses, r => r.StatusCode == HttpStatusCode.OK);
        var busy = responses.First(r => r.StatusCode == HttpStatusCode.ServiceUnavailable);
        Assert.Equal("1", busy.Headers.RetryAfter?.ToString());
        Assert.Equal("application/problem+json", busy.Content.Headers.ContentType?.MediaType);
    }

    /// <summary>One check at a time and nobody waiting.</summary>
    public sealed class OneAtATime : JudgeApiFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Editor:ConcurrentChecks", "1");
            builder.UseSetting("Editor:QueueLimit", "0");
        }
    }
}
