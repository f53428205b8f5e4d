using Judge.Cli.Connection;
using Spectre.Console;

namespace Judge.Cli.Grading;

/// <summary>The end of <c>grade</c> and <c>report</c>: write the report file, print the matrix (or the JSON summary), say what was left.</summary>
public static class GradeOutput
{
    public static async Task<int> FinishAsync(CliConsole console, GradeOutcome outcome, string? reportPath, bool json, IJudgeBackend judge)
    {
        if (reportPath is not null)
        {
            await File.WriteAllTextAsync(reportPath, ReportFormat.FromPath(reportPath).Write(outcome.Report));
        }
        if (json)
        {
            JsonOutput.Write(console, GradeSummary.From(outcome, reportPath));
        }
        else
        {
            console.Out.Write(MatrixView.Render(outcome.Report));
            if (reportPath is not null)
            {
                console.Out.MarkupLineInterpolated($"Report written to [bold]{reportPath}[/].");
            }
        }
        if (!outcome.Interrupted)
        {
            return ExitCodes.Ok;
        }
        var notJudged = outcome.Report.Cells.Count(c => c.Verdict is null);
        var left = $"Stopped: {notJudged} of {outcome.Report.Cells.Count} submissions not judged; ";
        console.Error.MarkupLineInterpolated($"[yellow]{left + (outcome.BatchId is { } id
            ? $"the server goes on judging batch {id}. Fetch the whole report later with: judge report {id} --server {judge.Name} --out FILE"
            : "the report holds what finished.")}[/]");
        return ExitCodes.Interrupted;
    }
}
