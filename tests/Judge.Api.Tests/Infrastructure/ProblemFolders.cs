namespace Judge.Api.Tests.Infrastructure;

/// <summary>The bundled problems folder of this checkout.</summary>
public static class ProblemFolders
{
    public static string Root { get; } = Engine.Problems.ProblemCatalog.LocateBundled(AppContext.BaseDirectory);
}
