namespace Judge.Cli.Grading;

/// <summary>
/// Reads a folder of <c>&lt;candidate&gt;/&lt;problemId&gt;.cs</c> files, the layout the server's zip upload takes too.
/// One enclosing folder around everything is allowed (as when a zip is unpacked); hidden folders are skipped.
/// Every misplaced file is reported at once, and nothing is judged until the folder is right.
/// </summary>
public static class SubmissionFolder
{
    public static IReadOnlyList<CandidateSolution> Read(string folder)
    {
        if (!Directory.Exists(folder))
        {
            throw CliException.Usage($"There is no folder '{folder}'.");
        }
        var files = Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(folder, f).Split(Path.DirectorySeparatorChar))
            .Where(parts => !parts.Any(p => p.StartsWith('.')))
            .OrderBy(parts => string.Join('/', parts), StringComparer.Ordinal)
            .ToList();
        if (files.Count > 0 && files.All(p => p.Length == 3 && p[0] == files[0][0]))
        {
            folder = Path.Combine(folder, files[0][0]);
            files = [.. files.Select(p => p[1..])];
        }
        var misplaced = files.Where(p => p.Length != 2).Select(p => string.Join('/', p)).ToList();
        if (misplaced.Count > 0)
        {
            throw CliException.Usage($"Expected <candidate>/<problemId>.cs files in '{folder}'; these are not: {string.Join(", ", misplaced)}.");
        }
        if (files.Count == 0)
        {
            throw CliException.Usage($"'{folder}' holds no <candidate>/<problemId>.cs files.");
        }
        return [.. files.Select(p => new CandidateSolution(
            p[0],
            Path.GetFileNameWithoutExtension(p[1]),
            File.ReadAllText(Path.Combine(folder, p[0], p[1]))))];
    }
}
