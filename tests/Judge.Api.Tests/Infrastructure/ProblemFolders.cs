namespace Judge.Api.Tests.Infrastructure;

/// <summary>The problems folder under test: the bundled one, or another bank named by <c>Judge__ProblemsPath</c> (as the service does).</summary>
public static class ProblemFolders
{
    public static string Root { get; } =
        Environment.GetEnvironmentVariable("Judge__ProblemsPath") is { Length: > 0 } configured
            ? configured
            : Engine.Problems.ProblemCatalog.LocateBundled(AppContext.BaseDirectory);
}
