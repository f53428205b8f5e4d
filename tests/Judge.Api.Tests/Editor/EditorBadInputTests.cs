using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Judge.Api.Tests.Infrastructure;
using Judge.Api.Tests.Submissions;

namespace Judge.Api.Tests.Editor;

/// <summary>Bad editor requests get RFC 9457 problem details naming the field (its path, for a run's tests) and the reason.</summary>
public sealed class EditorBadInputTests(JudgeApiFactory api) : IClassFixture<JudgeApiFactory>
{
    [Theory]
    [InlineData("/api/diagnostics")]
    [InlineData("/api/runs")]
    public async Task Post_UnknownProblem_Is404NamingProblemId(string path)
    {
        var problem = await Post(path, new { problemId = "no-such-problem", source = Sources.Palindrome }, HttpStatusCode.NotFound);
        Assert.Equal("problemId", problem.GetProperty("field").GetString());
    }

    [Theory]
    [InlineData("/api/diagnostics", "problemId")]
    [InlineData("/api/diagnostics", "source")]
    [InlineData("/api/runs", "problemId")]
    [InlineData("/api/runs", "source")]
    public async Task Post_MissingField_Is400NamingIt(string path, string missing)
    {
        var body = new Dictionary<string, string> { ["problemId"] = "valid-palindrome", ["source"] = Sources.Palindrome };
        body.Remove(missing);

        var problem = await Post(path, body, HttpStatusCode.BadRequest);

        Assert.Contains("required", problem.GetProperty("errors").GetProperty(missing)[0].GetString());
    }

    [Theory]
    [InlineData("/api/diagnostics")]
    [InlineData("/api/runs")]
    public async Task Post_SourceOver64KiB_Is413NamingSource(string path)
    {
        var source = Sources.Palindrome + "\n//" + new string('x', 64 * 1024);
        var problem = await Post(path, new { problemId = "valid-palindrome", source }, HttpStatusCode.RequestEntityTooLarge);
        Assert.Equal("source", problem.GetProperty("field").GetString());
    }

    [Theory]
    [InlineData("/api/diagnostics")]
    [InlineData("/api/runs")]
    public async Task Post_UnsupportedLanguage_Is400(string path)
    {
        var problem = await Post(path, new { problemId = "valid-palindrome", source = "print(1)", language = "python" }, HttpStatusCode.BadRequest);
        Assert.Contains("not supported", problem.GetProperty("errors").GetProperty("language")[0].GetString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("null")]
    [InlineData("{ \"problemId\": ")]
    public async Task Post_NoJsonObject_Is400SayingSo(string body)
    {
        using var response = await api.CreateClient().PostAsync("/api/diagnostics", new StringContent(body, Encoding.UTF8, "application/json"));
        var problem = await ProblemDetails(response, HttpStatusCode.BadRequest);
        Assert.Contains("JSON", problem.GetProperty("title").GetString());
        Assert.Contains("JSON", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Run_BadTests_AreEach400AtTheirPath()
    {
        var errors = await RunTestsProblem("pair-sum", new object?[]
        {
            new { input = "[[1, 2], 3]" },
            new { input = "[[1, 2], 3" },
            new { input = "{\"nums\": [1, 2]}" },
            new { },
            null,
            new { input = "[" + string.Join(",", Enumerable.Repeat(1, 40_000)) + "]" },
        });

        Assert.Equal(["tests[1].input", "tests[2].input", "tests[3].input", "tests[4]", "tests[5].input"], errors.EnumerateObject().Select(e => e.Name));
        Assert.StartsWith("The input is not valid JSON", Reason(errors, "tests[1].input"));
        Assert.Contains("array of arguments, e.g. [[1, 5, 3, 3, 2, 4, 5], 6]", Reason(errors, "tests[2].input"));
        Assert.StartsWith("The input field is required", Reason(errors, "tests[3].input"));
        Assert.Equal("The input is 80001 bytes; the limit is 65536 bytes.", Reason(errors, "tests[5].input"));
    }

    [Fact]
    public async Task Run_DesignInputWithoutTheConstructorFirst_Is400()
    {
        var errors = await RunTestsProblem("lru-cache", [new { input = """{"ops": ["Put"], "args": [[1, 1]]}""" }, new { input = """{"ops": ["LRUCache", "Get"], "args": [[1]]}""" }]);

        Assert.Equal("The first operation constructs the class: \"LRUCache\".", Reason(errors, "tests[0].input"));
        Assert.Contains("give one per operation", Reason(errors, "tests[1].input"));
    }

    [Fact]
    public async Task Run_TooManyOrNoTests_Is400NamingTests()
    {
        var tooMany = await RunTestsProblem("pair-sum", Enumerable.Repeat<object?>(new { input = "[[1], 1]" }, 21).ToArray());
        Assert.Equal("A run takes at most 20 tests; this one has 21.", Reason(tooMany, "tests"));

        var none = await RunTestsProblem("pair-sum", []);
        Assert.StartsWith("Send at least one test", Reason(none, "tests"));
    }

    [Fact]
    public async Task Run_TestInputOfTheWrongJsonType_Is400NamingItsPath()
    {
        using var response = await api.CreateClient().PostAsJsonAsync("/api/runs", new { problemId = "pair-sum", source = "x", tests = new[] { new { input = new[] { 1, 2 } } } });

        var problem = await ProblemDetails(response, HttpStatusCode.BadRequest);
        Assert.Contains("$.tests[0].input", problem.GetProperty("detail").GetString());
    }

    private async Task<JsonElement> RunTestsProblem(string problemId, object?[] tests)
    {
        var problem = await Post("/api/runs", new { problemId, source = Sources.Palindrome, tests }, HttpStatusCode.BadRequest);
        Assert.Equal("The run's tests are not valid.", problem.GetProperty("title").GetString());
        return problem.GetProperty("errors");
    }

    private static string? Reason(JsonElement errors, string path) => errors.GetProperty(path)[0].GetString();

    private async Task<JsonElement> Post(string path, object body, HttpStatusCode expected)
    {
        using var response = await api.CreateClient().PostAsJsonAsync(path, body);
        return await ProblemDetails(response, expected);
    }

    private static async Task<JsonElement> ProblemDetails(HttpResponseMessage response, HttpStatusCode expected)
    {
        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((int)expected, problem.GetProperty("status").GetInt32());
        return problem;
    }
}
