using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Judge.Api.Tests.Infrastructure;

namespace Judge.Api.Tests.Submissions;

/// <summary>Bad requests get RFC 9457 problem details naming the field and the reason; never a 500.</summary>
public sealed class BadInputTests(JudgeApiFactory api) : IClassFixture<JudgeApiFactory>
{
    [Fact]
    public async Task Submit_MalformedJson_Is400ProblemDetails()
    {
        var problem = await PostRaw("{ \"problemId\": \"valid-palindrome\", ", HttpStatusCode.BadRequest);
        Assert.Contains("JSON", problem.GetProperty("title").GetString());
    }

    [Theory]
    [InlineData("problemId")]
    [InlineData("language")]
    [InlineData("source")]
    public async Task Submit_MissingField_Is400NamingIt(string missing)
    {
        var body = new Dictionary<string, string> { ["problemId"] = "valid-palindrome", ["language"] = "csharp", ["source"] = Sources.Palindrome };
        body.Remove(missing);

        var problem = await Post(body, HttpStatusCode.BadRequest);

        Assert.Contains("required", problem.GetProperty("errors").GetProperty(missing)[0].GetString());
    }

    [Fact]
    public async Task Submit_UnknownProblem_Is404()
    {
        var problem = await Post(new { problemId = "no-such-problem", language = "csharp", source = Sources.Palindrome }, HttpStatusCode.NotFound);
        Assert.Equal("problemId", problem.GetProperty("field").GetString());
    }

    [Fact]
    public async Task Submit_UnsupportedLanguage_Is400()
    {
        var problem = await Post(new { problemId = "valid-palindrome", language = "python", source = "print(1)" }, HttpStatusCode.BadRequest);
        Assert.Contains("not supported", problem.GetProperty("errors").GetProperty("language")[0].GetString());
    }

    [Fact]
    public async Task Submit_EmptySource_Is400()
    {
        var problem = await Post(new { problemId = "valid-palindrome", language = "csharp", source = "  \n " }, HttpStatusCode.BadRequest);
        Assert.Contains("empty", problem.GetProperty("errors").GetProperty("source")[0].GetString());
    }

    [Fact]
    public async Task Submit_SourceOver64KiB_Is413()
    {
        var source = Sources.Palindrome + "\n//" + new string('x', 64 * 1024);
        var problem = await Post(new { problemId = "valid-palindrome", language = "csharp", source }, HttpStatusCode.RequestEntityTooLarge);
        Assert.Equal("source", problem.GetProperty("field").GetString());
    }

    [Fact]
    public async Task Submit_TenMegabyteBody_Is413WithoutReadingIt()
    {
        var problem = await PostRaw("{\"source\":\"" + new string('x', 10 * 1024 * 1024) + "\"}", HttpStatusCode.RequestEntityTooLarge);
        Assert.Contains("too large", problem.GetProperty("title").GetString());
    }

    [Fact]
    public async Task Submit_JsonOfTheWrongShape_Is400()
    {
        await PostRaw("[1, 2, 3]", HttpStatusCode.BadRequest);
        await PostRaw("{\"problemId\": 42, \"language\": \"csharp\", \"source\": \"x\"}", HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Get_UnknownSubmission_Is404ProblemDetails()
    {
        using var response = await api.CreateClient().GetAsync("/api/submissions/does-not-exist");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    private async Task<JsonElement> Post(object body, HttpStatusCode expected)
    {
        using var response = await api.CreateClient().PostAsJsonAsync("/api/submissions", body);
        return await ProblemDetails(response, expected);
    }

    private async Task<JsonElement> PostRaw(string json, HttpStatusCode expected)
    {
        using var response = await api.CreateClient().PostAsync("/api/submissions", new StringContent(json, Encoding.UTF8, "application/json"));
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
