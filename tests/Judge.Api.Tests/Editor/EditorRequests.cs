using System.Net;
using System.Net.Http.Json;
using Judge.Api.Tests.Infrastructure;

namespace Judge.Api.Tests.Editor;

/// <summary>Calls the editor endpoints and reads their answers.</summary>
internal static class EditorRequests
{
    public static async Task<DiagnosticsAnswer> DiagnoseAsync(this JudgeApiFactory api, string problemId, string source)
    {
        using var response = await api.CreateClient().PostAsJsonAsync("/api/diagnostics", new { problemId, source });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<DiagnosticsAnswer>(JudgeApiFactory.Json))!;
    }

    public static async Task<RunAnswer> RunAsync(this JudgeApiFactory api, string problemId, string source, params string[] inputs)
    {
        object body = inputs.Length == 0
            ? new { problemId, source }
            : new { problemId, source, tests = inputs.Select(input => new { input }) };
        using var response = await api.CreateClient().PostAsJsonAsync("/api/runs", body);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<RunAnswer>(JudgeApiFactory.Json))!;
    }

    /// <summary>A problem bank's file, e.g. a reference solution.</summary>
    public static string ProblemFile(string problemId, string path) => File.ReadAllText(Path.Combine(ProblemFolders.Root, problemId, path));
}

internal sealed record DiagnosticsAnswer(bool Ok, double CompileMs, List<DiagnosticResult> Diagnostics);

internal sealed record RunAnswer(string ProblemId, string? Verdict, int Passed, int Total, double TimeMs, long MemoryKb, List<DiagnosticResult> Diagnostics, List<RunTestAnswer> Tests);

internal sealed record RunTestAnswer(string Name, string Group, string? Verdict, double TimeMs, long MemoryKb, string? Message, string Input, string? Expected, string? Actual);
