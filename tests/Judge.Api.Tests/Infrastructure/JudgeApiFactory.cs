using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Judge.Api.Tests.Infrastructure;

/// <summary>
/// The real service: real HTTP pipeline, real compiler and runner processes in the real sandbox,
/// and the bundled problems folder. Each test class gets its own instance so classes run in parallel.
/// </summary>
public class JudgeApiFactory : WebApplicationFactory<Program>
{
    private readonly bool ownsDataPath;

    public JudgeApiFactory()
        : this(null)
    {
    }

    /// <summary>A service over an existing data folder (to see what survives a restart), left in place when disposed.</summary>
    internal JudgeApiFactory(string? dataPath)
    {
        ownsDataPath = dataPath is null;
        DataPath = dataPath ?? Directory.CreateTempSubdirectory("judge-test-data-").FullName;
    }

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    /// <summary>The database folder: by default this instance's own, removed with it.</summary>
    public string DataPath { get; }

    protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder) =>
        builder.UseSetting("Storage:DataPath", DataPath);

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && ownsDataPath && Directory.Exists(DataPath))
        {
            Directory.Delete(DataPath, recursive: true);
        }
    }

    public Task<SubmissionResult> JudgeAsync(string problemId, string source) => JudgeAsync(CreateClient(), problemId, source);

    public static async Task<SubmissionResult> JudgeAsync(HttpClient client, string problemId, string source)
    {
        using var response = await client.PostAsJsonAsync(
            "/api/submissions?wait=true", new { problemId, language = "csharp", source });
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<SubmissionResult>(Json))!;
    }
}

/// <summary>
/// The service without the warm runner pool: every run starts its own runner, so after a run no runner
/// process or cgroup may remain (pooled runners wait, idle, for runs that have not come yet).
/// </summary>
public sealed class UnpooledJudgeApiFactory : JudgeApiFactory
{
    protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Runner:PoolSize", "0");
    }
}

public sealed record SubmissionResult(
    string Id,
    string ProblemId,
    string Status,
    string? Verdict,
    double Score,
    int Passed,
    int Total,
    double TimeMs,
    long MemoryKb,
    List<DiagnosticResult> Diagnostics,
    List<TestOutcome> Tests)
{
    /// <summary>Asserts the verdict, and on failure says why: the diagnostics and every test that did not pass.</summary>
    public void ShouldBe(string verdict)
    {
        var details = string.Join("; ", Diagnostics.Select(d => $"{d.Id} {d.Line}:{d.Column} {d.Message}")
            .Concat(Tests.Where(t => t.Verdict != "Accepted").Select(t => $"{t.Name}: {t.Verdict} {t.Message}")));
        Assert.True(verdict == Verdict, $"Expected {verdict}, got {Verdict}. {details}");
    }
}

public sealed record DiagnosticResult(string Id, string Severity, string Message, int Line, int Column, int EndLine, int EndColumn);

public sealed record TestOutcome(
    string Name, string Group, string Verdict, double TimeMs, long MemoryKb, string? Message, string? Input, string? Expected, string? Actual);
