using System.Net.Http.Json;
using System.Text.Json;
using Judge.Api.Tests.Infrastructure;

namespace Judge.Api.Tests.Problems;

/// <summary>
/// The service compiles the bank's generator scripts in its sandboxed compiler workers and runs them itself, so
/// Roslyn never loads into the host: it kept about 170 MB of heap alive there, and more in native memory.
/// The large tests they generate are kept in the host's unlinked test store, not in its heap.
/// </summary>
public sealed class ScriptsOutsideTheHostTests : IDisposable
{
    private readonly string dataPath = Directory.CreateTempSubdirectory("judge-scripts-").FullName;

    public void Dispose() => Directory.Delete(dataPath, recursive: true);

    [Fact]
    public async Task GeneratedTests_AreJudged_WithoutRoslynInTheHost_AndTheirLargeInputsStoredOnDisk()
    {
        using var service = await ServiceProcess.StartAsync(dataPath);
        var source = await File.ReadAllTextAsync(Path.Combine(ProblemFolders.Root, "valid-palindrome", "solutions", "two-pointers.cs"));

        using var posted = await service.Client.PostAsJsonAsync("/api/submissions?wait=true", new { problemId = "valid-palindrome", language = "csharp", source });
        var result = await posted.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal("Accepted", result.GetProperty("verdict").GetString());
        var generated = result.GetProperty("tests").EnumerateArray().Where(t => t.GetProperty("group").GetString() == "performance").ToList();
        Assert.NotEmpty(generated);
        Assert.All(generated, t => Assert.Equal("Accepted", t.GetProperty("verdict").GetString()));
        var mapped = await File.ReadAllLinesAsync($"/proc/{service.Pid}/maps");
        Assert.Contains(mapped, line => line.EndsWith("/Judge.Engine.dll", StringComparison.Ordinal));
        Assert.DoesNotContain(mapped, line => line.Contains("Microsoft.CodeAnalysis", StringComparison.Ordinal));
        // The two 450 000-character inputs went to the store, a file the host holds open with no name left.
        var store = Directory.EnumerateFileSystemEntries($"/proc/{service.Pid}/fd")
            .Select(fd => (Fd: fd, Target: new FileInfo(fd).LinkTarget ?? ""))
            .Single(link => link.Target.Contains("judge-tests-", StringComparison.Ordinal));
        Assert.EndsWith("(deleted)", store.Target);
        using var file = File.OpenHandle(store.Fd, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        Assert.True(RandomAccess.GetLength(file) > 900_000, $"The store holds {RandomAccess.GetLength(file)} bytes.");
    }
}
