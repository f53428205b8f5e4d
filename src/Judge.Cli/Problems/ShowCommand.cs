using System.ComponentModel;
using Judge.Cli.Connection;
using Spectre.Console.Cli;

namespace Judge.Cli.Problems;

public sealed class ShowSettings : JudgeSettings
{
    [CommandArgument(0, "<id>")]
    [Description("The problem's id, as `judge problems` lists it")]
    public string Id { get; set; } = "";
}

/// <summary><c>judge show &lt;id&gt;</c>: a problem's statement, limits and starter code.</summary>
public sealed class ShowCommand(CliConsole console) : AsyncCommand<ShowSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, ShowSettings settings, CancellationToken cancel)
    {
        using var judge = Backends.Open(settings, console);
        var problem = await judge.ProblemAsync(settings.Id, cancel);
        if (settings.Json)
        {
            JsonOutput.Write(console, problem);
        }
        else
        {
            console.Out.Write(ProblemView.Render(problem));
        }
        return ExitCodes.Ok;
    }
}
