using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Judge.Api.Tests.Infrastructure;
using Judge.Api.Tests.Submissions;

namespace Judge.Api.Tests.Access;

/// <summary>With keys configured: no key, no access; submitters see only their own; graders and admins see all; each key has a rate limit.</summary>
public sealed class AccessTests(KeyedJudgeApiFactory api) : IClassFixture<KeyedJudgeApiFactory>
{
    [Theory]
    [InlineData(null)]
    [InlineData("not-a-key")]
    public async Task Submit_WithoutAValidKey_Is401ProblemDetails(string? key)
    {
        var client = api.CreateClient();
        if (key is not null)
        {
            client.DefaultRequestHeaders.Add("X-Api-Key", key);
        }

        using var response = await client.PostAsJsonAsync("/api/submissions", new { problemId = "valid-palindrome", language = "csharp", source = Sources.Palindrome });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Submitters_SeeOnlyTheirOwn_GradersSeeAll()
    {
        var alices = await JudgeApiFactory.JudgeAsync(api.ClientFor("alice"), "valid-palindrome", Sources.Palindrome);

        using var bobGets = await api.ClientFor("bob").GetAsync($"/api/submissions/{alices.Id}");
        var bobsList = await ListIds(api.ClientFor("bob"));
        using var graceGets = await api.ClientFor("grace").GetAsync($"/api/submissions/{alices.Id}");
        var gracesList = await ListIds(api.ClientFor("grace"));
        using var bobFollows = await api.ClientFor("bob").GetAsync($"/api/submissions/{alices.Id}/events");

        Assert.Equal(HttpStatusCode.NotFound, bobGets.StatusCode);
        Assert.DoesNotContain(alices.Id, bobsList);
        Assert.Equal(HttpStatusCode.NotFound, bobFollows.StatusCode);
        Assert.Equal(HttpStatusCode.OK, graceGets.StatusCode);
        Assert.Contains(alices.Id, gracesList);
        Assert.Equal("alice", (await graceGets.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("owner").GetString());
    }

    [Fact]
    public async Task AKeyPastItsRateLimit_Gets429WithRetryAfter()
    {
        var client = api.ClientFor("limited");

        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? last = null;
        for (var i = 0; i < 3; i++)
        {
            last?.Dispose();
            last = await client.GetAsync("/api/submissions");
            statuses.Add(last.StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        Assert.True(last!.Headers.RetryAfter?.Delta > TimeSpan.Zero, "Retry-After says when to come back");
        Assert.Equal("application/problem+json", last.Content.Headers.ContentType?.MediaType);
        last.Dispose();
    }

    [Fact]
    public async Task AnAdmin_SeesEverySubmissionAndRunsBatches()
    {
        var alices = await JudgeApiFactory.JudgeAsync(api.ClientFor("alice"), "valid-palindrome", Sources.Palindrome);
        var batch = new { submissions = new[] { new { candidate = "x", problemId = "valid-palindrome", source = Sources.Palindrome } } };

        using var rootGets = await api.ClientFor("root").GetAsync($"/api/submissions/{alices.Id}");
        var rootsList = await ListIds(api.ClientFor("root"));
        using var rootBatches = await api.ClientFor("root").PostAsJsonAsync("/api/batches", batch);

        Assert.Equal(HttpStatusCode.OK, rootGets.StatusCode);
        Assert.Contains(alices.Id, rootsList);
        Assert.Equal(HttpStatusCode.Accepted, rootBatches.StatusCode);
    }

    /// <summary>One bucket per key, shared by the editor endpoints and submissions.</summary>
    [Fact]
    public async Task AKeyPastItsRateLimit_Gets429WithRetryAfter_FromTheEditorEndpointsToo()
    {
        var client = api.ClientFor("limited-editor");
        var check = new { problemId = "valid-palindrome", source = Sources.Palindrome };

        using var firstCheck = await client.PostAsJsonAsync("/api/diagnostics", check);
        using var firstRun = await client.PostAsJsonAsync("/api/runs", check);
        using var secondCheck = await client.PostAsJsonAsync("/api/diagnostics", check);
        using var secondRun = await client.PostAsJsonAsync("/api/runs", check);
        using var list = await client.GetAsync("/api/submissions");

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (firstCheck.StatusCode, firstRun.StatusCode));
        foreach (var refused in new[] { secondCheck, secondRun, list })
        {
            Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
            Assert.True(refused.Headers.RetryAfter?.Delta > TimeSpan.Zero, "Retry-After says when to come back");
            Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        }
    }

    [Fact]
    public async Task WithKeys_NoOpenWarningIsLogged()
    {
        using var health = await api.CreateClient().GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.DoesNotContain(api.Logs.Entries, e => e.Message.Contains("OPEN", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ProblemsAndHealth_StayOpen()
    {
        using var problems = await api.CreateClient().GetAsync("/api/problems");
        using var health = await api.CreateClient().GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, problems.StatusCode);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }

    private static async Task<List<string>> ListIds(HttpClient client) =>
        [.. (await client.GetFromJsonAsync<JsonElement>("/api/submissions?pageSize=100")).GetProperty("items").EnumerateArray().Select(s => s.GetProperty("id").GetString()!)];
}
