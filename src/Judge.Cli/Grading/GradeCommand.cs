using System.ComponentModel;
using Judge.Cli.Connection;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Judge.Cli.Grading;

public sealed class GradeSettings : JudgeSettings
{
    [CommandArgument(0, "<folder>")]
    [Description("A folder of <candidate>/<problemId>.cs files")]
    public string Folder { get; set; } = "";

    [CommandOption("-o|--out <FILE>")]
    [Description("Write the report here; .html, .csv or .json says which")]
    public string? Out { get; set; }

    [CommandOption("--title <TITLE>")]
    [Description("The report's title (default: the folder's name)")]
    public string? Title { get; set; }

    [CommandOption("--workers <N>")]
    [Description("Local mode: solutions judged at once (default: the core count)")]
    public int Workers { get; set; } = Math.Max(1, Environment.ProcessorCount);

    public override ValidationResult Validate()
    {
        if (Workers < 1)
        {
            return ValidationResult.Error("--workers must be 1 or more.");
        }
        if (ReportFormat.Problem(Out) is { } problem)
        {
            return ValidationResult.Error(problem);
        }
        return base.Validate();
    }
}

/// <summary>
/// <c>judge grade &lt;folder&gt; --out report.html</c>: judges every candidate's solutions, shows progress, prints the
/// matrix and writes the report. Ctrl+C stops and keeps what finished.
/// </summary>
public sealed class GradeCommand(CliConsole console) : AsyncCommand<GradeSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, GradeSettings settings, CancellationToken cancel)
    {
        var solutions = SubmissionFolder.Read(settings.Folder);
        var title = settings.Title ?? new DirectoryInfo(settings.Folder).Name;
        using var judge = Backends.Open(settings, console);
        if (!settings.Json)
        {
            console.Out.MarkupLineInterpolated(
                $"Grading [bold]{solutions.Count}[/] solutions by [bold]{solutions.Select(s => s.Candidate).Distinct().Count()}[/] candidates · [grey]{judge.Name}[/]");
        }
        GradeOutcome outcome;
        try
        {
            outcome = await GradeDisplay.ShowWhileAsync(console, settings.Json, solutions.Count,
                listener => judge.GradeAsync(new GradeRequest(title, solutions, settings.Workers), listener, cancel));
        }
        catch (OperationCanceledException)
        {
            throw new CliException(ExitCodes.Interrupted, "Stopped before the batch reached the server; nothing was judged.");
        }
        return await GradeOutput.FinishAsync(console, outcome, settings.Out, settings.Json, judge);
    }
}
