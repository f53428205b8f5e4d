namespace Judge.Core.Checking;

/// <summary>The built-in checkers by the names <c>problem.json</c> uses.</summary>
public static class Checkers
{
    public static IChecker Exact { get; } = new JsonChecker();

    /// <summary>
    /// Resolves <c>exact</c>, <c>unordered</c>, <c>tokens</c> and <c>float</c>/<c>float:1e-6</c>
    /// (absolute or relative tolerance); null for an unknown name.
    /// </summary>
    public static IChecker? ByName(string name) => name.Split(':', 2) switch
    {
        ["exact"] => Exact,
        ["unordered"] => new UnorderedChecker(),
        ["tokens"] => new TokenChecker(),
        ["float"] => new JsonChecker("float", 1e-6),
        ["float", var eps] when double.TryParse(eps, System.Globalization.CultureInfo.InvariantCulture, out var tolerance)
            => new JsonChecker(name, tolerance),
        _ => null,
    };
}
