namespace Judge.Api.Tests.Hostile;

/// <summary>The hostile submissions under <c>tests/hostile/</c>, each with the outcome its header declares.</summary>
public static class HostileCorpus
{
    public static string Folder { get; } =
        Engine.Problems.ProblemCatalog.FindAbove(AppContext.BaseDirectory, Path.Combine("tests", "hostile"))
        ?? throw new DirectoryNotFoundException("tests/hostile not found above " + AppContext.BaseDirectory);

    public static TheoryData<string> Names(string layer) =>
        [.. Directory.GetFiles(Path.Combine(Folder, layer), "*.cs").Select(f => Path.GetFileNameWithoutExtension(f)!).Order()];

    public static string Source(string layer, string name) => File.ReadAllText(Path.Combine(Folder, layer, name + ".cs"));

    /// <summary>The verdicts a file's <c>// expect: A|B</c> header allows.</summary>
    public static string[] Expected(string source) =>
        source.Split('\n').First(l => l.StartsWith("// expect:", StringComparison.Ordinal))["// expect:".Length..].Trim().Split('|');
}
