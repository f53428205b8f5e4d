using System.Net.Http.Json;
using System.Text.Json;
using Judge.Api.Tests.Infrastructure;

namespace Judge.Api.Tests.Editor;

/// <summary>The OpenAPI document describes the editor endpoints fully enough to generate a client from it.</summary>
public sealed class EditorApiDocsTests(JudgeApiFactory api) : IClassFixture<JudgeApiFactory>
{
    [Theory]
    [InlineData("/api/diagnostics", "DiagnosticsRequest", "DiagnosticsResult")]
    [InlineData("/api/runs", "RunCodeRequest", "RunResult")]
    public async Task OpenApi_EditorEndpoint_HasItsSchemasExamplesAndProblemResponses(string path, string request, string response)
    {
        var document = await api.CreateClient().GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        var operation = document.GetProperty("paths").GetProperty(path).GetProperty("post");

        Assert.False(string.IsNullOrEmpty(operation.GetProperty("summary").GetString()));
        var body = operation.GetProperty("requestBody");
        Assert.True(body.GetProperty("required").GetBoolean());
        Assert.Equal($"#/components/schemas/{request}", body.GetProperty("content").GetProperty("application/json").GetProperty("schema").GetProperty("$ref").GetString());
        Assert.True(body.GetProperty("content").GetProperty("application/json").TryGetProperty("example", out _));
        var responses = operation.GetProperty("responses");
        var ok = responses.GetProperty("200").GetProperty("content").GetProperty("application/json");
        Assert.Equal($"#/components/schemas/{response}", ok.GetProperty("schema").GetProperty("$ref").GetString());
        Assert.True(ok.TryGetProperty("example", out _));
        Assert.Equal("#/components/schemas/HttpValidationProblemDetails", ProblemSchema(responses, "400"));
        foreach (var status in new[] { "404", "413", "503" })
        {
            Assert.Equal("#/components/schemas/ProblemDetails", ProblemSchema(responses, status));
        }
    }

    [Fact]
    public async Task OpenApi_RunResult_SaysWhatMayBeNullAndNumbersAreNumbers()
    {
        var schemas = (await api.CreateClient().GetFromJsonAsync<JsonElement>("/openapi/v1.json")).GetProperty("components").GetProperty("schemas");
        var test = schemas.GetProperty("RunTestResult").GetProperty("properties");

        Assert.Contains("null", test.GetProperty("verdict").GetRawText());
        Assert.Contains("null", test.GetProperty("expected").GetRawText());
        Assert.Equal("\"string\"", test.GetProperty("input").GetProperty("type").GetRawText());
        Assert.Equal("\"number\"", test.GetProperty("timeMs").GetProperty("type").GetRawText());
        Assert.Equal("\"integer\"", schemas.GetProperty("RunResult").GetProperty("properties").GetProperty("total").GetProperty("type").GetRawText());
        Assert.Equal("\"boolean\"", schemas.GetProperty("DiagnosticsResult").GetProperty("properties").GetProperty("ok").GetProperty("type").GetRawText());
    }

    private static string? ProblemSchema(JsonElement responses, string status) =>
        responses.GetProperty(status).GetProperty("content").GetProperty("application/problem+json").GetProperty("schema").GetProperty("$ref").GetString();
}
