using System.Text.Json;

namespace Judge.Sandbox;

/// <summary>
/// The files a worker needs, read from its <c>.deps.json</c> (or its one self-contained file), so that the sandbox
/// binds exactly those and not the host's folder (which holds the service's own configuration).
/// </summary>
public static class WorkerFiles
{
    public static IReadOnlyList<string> For(string directory, WorkerKind worker)
    {
        if (worker.Executable is { } executable)
        {
            return File.Exists(Path.Combine(directory, executable))
                ? [executable]
                : throw new FileNotFoundException(
                    $"The sandboxed {worker.AssemblyName} ({executable}) is not in {directory}: build the solution, which bundles it.");
        }
        var name = worker.AssemblyName;
        var files = new List<string> { $"{name}.dll", $"{name}.runtimeconfig.json", $"{name}.deps.json" };
        using var deps = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(directory, $"{name}.deps.json")));
        foreach (var target in deps.RootElement.GetProperty("targets").EnumerateObject())
        {
            foreach (var library in target.Value.EnumerateObject())
            {
                files.AddRange(AssetNames(library.Value, "runtime", keepCultureFolder: false));
                files.AddRange(AssetNames(library.Value, "resources", keepCultureFolder: true));
            }
        }
        return files.Distinct().Where(f => File.Exists(Path.Combine(directory, f))).ToList();
    }

    private static IEnumerable<string> AssetNames(JsonElement library, string section, bool keepCultureFolder)
    {
        if (!library.TryGetProperty(section, out var assets))
        {
            yield break;
        }
        foreach (var asset in assets.EnumerateObject())
        {
            var fileName = Path.GetFileName(asset.Name);
            yield return keepCultureFolder && asset.Value.TryGetProperty("locale", out var locale)
                ? Path.Combine(locale.GetString()!, fileName)
                : fileName;
        }
    }
}
