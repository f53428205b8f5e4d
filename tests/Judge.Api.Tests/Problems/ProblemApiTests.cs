using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Judge.Api.Tests.Infrastructure;

namespace Judge.Api.Tests.Problems;

public sealed class ProblemApiTests(JudgeApiFactory api) : IClassFixture<JudgeApiFactory>
{
    [Fact]
    public async Task List_ReturnsEveryBundledProblemWithItsSummary()
    {
        var problems = await api.CreateClient().GetFromJsonAsync<JsonElement[]>("/api/problems");

        var bundled = Directory.GetDirectories(ProblemFolders.Root).Select(Path.GetFileName).Order().ToArray();
        Assert.Equal(bundled, problems!.Select(p => p.GetProperty("id").GetString()).ToArray());
        var palindrome = problems!.Single(p => p.GetProperty("id").GetString() == "valid-palindrome");
        Assert.Equal("Valid Palindrome", palindrome.GetProperty("title").GetString());
        Assert.Equal("Function", palindrome.GetProperty("kind").GetString());
        Assert.Equal("Easy", palindrome.GetProperty("difficulty").GetString());
    }

    [Fact]
    public async Task Get_ShowsStatementStarterLimitsAndOnlySampleTests()
    {
        var client = api.CreateClient();
        var text = await client.GetStringAsync("/api/problems/valid-palindrome");
        var problem = JsonDocument.Parse(text).RootElement;

        Assert.StartsWith("# Valid Palindrome", problem.GetProperty("statement").GetString());
        Assert.Contains("public bool IsPalindrome(string s)", problem.GetProperty("starterCode").GetString());
        Assert.Equal(1000, problem.GetProperty("limits").GetProperty("timeMs").GetInt32());
        Assert.Equal(3, problem.GetProperty("samples").GetArrayLength());
        // Hidden test data never appears: neither a hidden test's name nor its input.
        Assert.DoesNotContain("underscore-is-not-a-letter", text);
        Assert.DoesNotContain("a_b", text);
    }

    [Fact]
    public async Task Get_UnknownProblem_Is404ProblemDetails()
    {
        using var response = await api.CreateClient().GetAsync("/api/problems/nope");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Health_SaysWhichIsolationIsInForce()
    {
        var health = await api.CreateClient().GetFromJsonAsync<JsonElement>("/healthz");

        Assert.Equal("ok", health.GetProperty("status").GetString());
        Assert.Equal("bubblewrap", health.GetProperty("sandbox").GetProperty("namespaces").GetString());
        Assert.StartsWith("cgroup v", health.GetProperty("sandbox").GetProperty("cgroups").GetString());
        Assert.False(health.GetProperty("sandbox").GetProperty("unsafe").GetBoolean());
    }

    [Fact]
    public async Task OpenApi_DocumentsEveryEndpointWithASummaryAndAnExample()
    {
        var client = api.CreateClient();
        var document = await client.GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        var paths = document.GetProperty("paths");

        foreach (var (path, verb) in new[] { ("/api/problems", "get"), ("/api/problems/{id}", "get"), ("/api/submissions", "post"), ("/api/submissions/{id}", "get"), ("/healthz", "get") })
        {
            var operation = paths.GetProperty(path).GetProperty(verb);
            Assert.False(string.IsNullOrEmpty(operation.GetProperty("summary").GetString()), $"{verb} {path} has no summary");
            Assert.Contains("example", operation.GetProperty("responses").GetRawText());
        }
        var submit = paths.GetProperty("/api/submissions").GetProperty("post");
        Assert.Contains("example", submit.GetProperty("requestBody").GetRawText());
        Assert.True(submit.GetProperty("responses").TryGetProperty("202", out _));
        Assert.True(submit.GetProperty("responses").TryGetProperty("413", out _));

        using var swagger = await client.GetAsync("/swagger/index.html");
        Assert.Equal(HttpStatusCode.OK, swagger.StatusCode);
    }
}
