using Judge.Cli.Connection;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Judge.Cli.Problems;

/// <summary><c>judge problems</c>: the problem bank as a table.</summary>
public sealed class ProblemsCommand(CliConsole console) : AsyncCommand<JudgeSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, JudgeSettings settings, CancellationToken cancel)
    {
        using var judge = Backends.Open(settings, console);
        var problems = await judge.ProblemsAsync(cancel);
        if (settings.Json)
        {
            JsonOutput.Write(console, problems);
            return ExitCodes.Ok;
        }
        var table = new Table().Border(TableBorder.Rounded).AddColumns("Id", "Title", "Difficulty", "Kind", "Tags");
        foreach (var p in problems)
        {
            table.AddRow(
                new Text(p.Id, new Style(Color.Aqua)),
                new Text(p.Title),
                new Markup(ProblemView.Difficulty(p.Difficulty)),
                new Text(p.Kind.ToString().ToLowerInvariant()),
                new Text(string.Join(", ", p.Tags), new Style(Color.Grey)));
        }
        table.Caption($"{problems.Count} problems · {judge.Name}");
        console.Out.Write(table);
        return ExitCodes.Ok;
    }
}
