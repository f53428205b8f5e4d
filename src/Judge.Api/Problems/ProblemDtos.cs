using Judge.Core.Problems;

namespace Judge.Api.Problems;

public sealed record ProblemSummary(string Id, string Title, string Difficulty, IReadOnlyList<string> Tags, ProblemKind Kind)
{
    public static ProblemSummary From(Problem p) => new(p.Id, p.Title, p.Difficulty, p.Tags, p.Kind);
}

/// <summary>A problem as users see it. Only sample tests appear; hidden tests never leave the server.</summary>
public sealed record ProblemDetail(
    string Id,
    string Title,
    string Difficulty,
    IReadOnlyList<string> Tags,
    ProblemKind Kind,
    string Statement,
    string StarterCode,
    LimitsView Limits,
    IReadOnlyList<SampleView> Samples)
{
    public static ProblemDetail From(Problem p) => new(
        p.Id, p.Title, p.Difficulty, p.Tags, p.Kind, p.Statement, p.StarterCode,
        new LimitsView(p.Limits.TimeMs, p.Limits.MemoryMb),
        p.Samples.Select(t => new SampleView(t.Name, t.DisplayInput(p.Kind), t.Expected)).ToList());

}

public sealed record LimitsView(int TimeMs, int MemoryMb);

public sealed record SampleView(string Name, string Input, string Expected);
