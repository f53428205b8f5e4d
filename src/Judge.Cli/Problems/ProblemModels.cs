using Judge.Core.Problems;

namespace Judge.Cli.Problems;

/// <summary>A line of <c>judge problems</c>; the shape of <c>GET /api/problems</c>.</summary>
public sealed record ProblemInfo(string Id, string Title, string Difficulty, IReadOnlyList<string> Tags, ProblemKind Kind)
{
    public static ProblemInfo From(Problem p) => new(p.Id, p.Title, p.Difficulty, p.Tags, p.Kind);
}

/// <summary>What <c>judge show</c> prints; the shape of <c>GET /api/problems/{id}</c>. Only sample tests, never hidden ones.</summary>
public sealed record ProblemText(
    string Id,
    string Title,
    string Difficulty,
    IReadOnlyList<string> Tags,
    ProblemKind Kind,
    string Statement,
    string StarterCode,
    ProblemLimits Limits,
    IReadOnlyList<SampleText> Samples)
{
    public static ProblemText From(Problem p) => new(
        p.Id, p.Title, p.Difficulty, p.Tags, p.Kind, p.Statement, p.StarterCode, p.Limits,
        [.. p.Samples.Select(t => new SampleText(t.Name, t.DisplayInput(p.Kind), t.Expected))]);
}

public sealed record SampleText(string Name, string Input, string Expected);
