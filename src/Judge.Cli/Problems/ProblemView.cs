using Spectre.Console;
using Spectre.Console.Rendering;

namespace Judge.Cli.Problems;

/// <summary>How <c>judge show</c> lays a problem out: a title line, the statement, then the starter code to copy.</summary>
public static class ProblemView
{
    public static IRenderable Render(ProblemText problem)
    {
        var facts = string.Join(" · ",
            [
                Difficulty(problem.Difficulty),
                Markup.Escape(problem.Kind.ToString().ToLowerInvariant()),
                $"{problem.Limits.TimeMs} ms per test",
                $"{problem.Limits.MemoryMb} MB",
                .. problem.Tags.Select(t => $"[grey]{Markup.Escape(t)}[/]"),
            ]);
        return new Rows(
            new Markup($"[bold]{Markup.Escape(problem.Title)}[/] [aqua]{Markup.Escape(problem.Id)}[/]"),
            new Markup(facts),
            MarkdownText.BlankLine,
            MarkdownText.Render(WithoutTitle(problem)),
            MarkdownText.BlankLine,
            new Panel(new Text(problem.StarterCode.TrimEnd()))
                .Header("starter code")
                .Border(BoxBorder.Rounded)
                .BorderColor(Color.Grey));
    }

    /// <summary>Statements open with the title as a heading; the header above already shows it.</summary>
    private static string WithoutTitle(ProblemText problem)
    {
        var heading = $"# {problem.Title}";
        var statement = problem.Statement.ReplaceLineEndings("\n").TrimStart();
        return statement.StartsWith(heading + "\n", StringComparison.Ordinal) ? statement[(heading.Length + 1)..].TrimStart() : statement;
    }

    public static string Difficulty(string difficulty) => difficulty switch
    {
        "Easy" => "[green]Easy[/]",
        "Medium" => "[yellow]Medium[/]",
        "Hard" => "[red]Hard[/]",
        _ => Markup.Escape(difficulty),
    };
}
