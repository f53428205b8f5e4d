using System.ComponentModel;
using Judge.Cli.Server;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Judge.Cli.Grading;

public sealed class ReportSettings : Connection.JudgeSettings
{
    [CommandArgument(0, "<batch-id>")]
    [Description("The batch's id, as `judge grade` printed it")]
    public string BatchId { get; set; } = "";

    [CommandOption("-o|--out <FILE>")]
    [Description("Write the report here; .html, .csv or .json says which")]
    public string? Out { get; set; }

    public override ValidationResult Validate()
    {
        if (ReportFormat.Problem(Out) is { } problem)
        {
            return ValidationResult.Error(problem);
        }
        return base.Validate();
    }
}

/// <summary>
/// <c>judge report &lt;batch-id&gt; --server URL</c>: follows a batch already on the server (one whose <c>grade</c> was
/// stopped, or one uploaded some other way) until it is judged, then prints the matrix and writes the report.
/// </summary>
public sealed class ReportCommand(CliConsole console) : AsyncCommand<ReportSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, ReportSettings settings, CancellationToken cancel)
    {
        if (settings.ServerUri is null)
        {
            throw CliException.Usage($"Batches live on a server: give --server URL or set {Connection.JudgeSettings.ServerVariable}.");
        }
        using var judge = Connection.Backends.Open(settings, console);
        var server = (ServerJudge)judge;
        var outcome = await GradeDisplay.ShowWhileAsync(console, settings.Json, 0, listener => server.FollowBatchAsync(settings.BatchId, listener, cancel));
        return await GradeOutput.FinishAsync(console, outcome, settings.Out, settings.Json, judge);
    }
}
