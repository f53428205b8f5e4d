using Judge.Core.Verdicts;
using Spectre.Console;

namespace Judge.Cli.Grading;

/// <summary>
/// Shows a batch while it is judged: a live progress bar with the counts per verdict and the time left on a terminal
/// that can redraw, a line per change in a log, nothing at all for <c>--json</c>.
/// </summary>
public static class GradeDisplay
{
    public static Task<GradeOutcome> ShowWhileAsync(CliConsole console, bool json, int total, Func<IGradeListener, Task<GradeOutcome>> grade)
    {
        if (json)
        {
            return grade(new Quiet());
        }
        if (!console.CanRedraw)
        {
            return grade(new Lines(console));
        }
        return console.Out.Progress()
            .AutoClear(false)
            .HideCompleted(false)
            .Columns(
                new TaskDescriptionColumn { Alignment = Justify.Left },
                new ProgressBarColumn(),
                new PercentageColumn(),
                new RemainingTimeColumn(),
                new SpinnerColumn())
            .StartAsync(context => grade(new Bar(console, context.AddTask(Describe(new GradeTally(total, 0, new Dictionary<Verdict, int>())), maxValue: Math.Max(1, total)))));
    }

    /// <summary>"3/8 judged · 2 Accepted · 1 WrongAnswer", coloured like the verdicts.</summary>
    public static string Describe(GradeTally tally) =>
        string.Join(" · ",
            [
                $"{tally.Completed}/{tally.Total} judged",
                .. tally.Verdicts.OrderBy(v => v.Key).Select(v => $"{v.Value} {Submissions.SubmissionView.Verdict(v.Key)}"),
            ]);

    private static void Announce(CliConsole console, string? batchId)
    {
        if (batchId is not null)
        {
            console.Out.MarkupLineInterpolated($"Batch [bold]{batchId}[/] is on the server.");
        }
    }

    private sealed class Bar(CliConsole console, ProgressTask task) : IGradeListener
    {
        public void Started(string? batchId, int total)
        {
            Announce(console, batchId);
            task.MaxValue = total;
        }

        public void Progressed(GradeTally tally)
        {
            task.Value = tally.Completed;
            task.Description = Describe(tally);
        }
    }

    private sealed class Lines(CliConsole console) : IGradeListener
    {
        private int shown = -1;

        public void Started(string? batchId, int total) => Announce(console, batchId);

        public void Progressed(GradeTally tally)
        {
            if (Interlocked.Exchange(ref shown, tally.Completed) != tally.Completed)
            {
                console.Out.MarkupLine(Describe(tally));
            }
        }
    }

    private sealed class Quiet : IGradeListener
    {
        public void Started(string? batchId, int total)
        {
        }

        public void Progressed(GradeTally tally)
        {
        }
    }
}
