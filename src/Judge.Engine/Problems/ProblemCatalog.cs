using Judge.Core.Problems;

namespace Judge.Engine.Problems;

/// <summary>The problem bank: every folder under the problems directory that has a <c>problem.json</c>.</summary>
public sealed class ProblemCatalog
{
    private readonly Dictionary<string, Problem> problems;

    /// <param name="scripts">Compiles the bank's generator and checker scripts; by default in this process.</param>
    public ProblemCatalog(string directory, IScriptCompiler? scripts = null)
    {
        if (!Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException($"The problems folder '{directory}' does not exist.");
        }
        problems = Directory.EnumerateDirectories(directory)
            .Where(d => File.Exists(Path.Combine(d, "problem.json")))
            .Select(d => ProblemLoader.Load(d, scripts))
            .ToDictionary(p => p.Id, StringComparer.Ordinal);
    }

    public IReadOnlyCollection<Problem> All => problems.Values.OrderBy(p => p.Id, StringComparer.Ordinal).ToList();

    public Problem? Find(string id) => problems.GetValueOrDefault(id);

    /// <summary>Finds the bundled <c>problems/</c> folder: next to the app, or in the nearest parent (a source checkout).</summary>
    public static string LocateBundled(string start) =>
        FindAbove(start, "problems")
        ?? throw new DirectoryNotFoundException($"No 'problems' folder in '{start}' or any parent; set Judge__ProblemsPath.");

    /// <summary>The nearest folder at <paramref name="relativePath"/> in <paramref name="start"/> or one of its parents.</summary>
    public static string? FindAbove(string start, string relativePath)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, relativePath);
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }
        return null;
    }
}
