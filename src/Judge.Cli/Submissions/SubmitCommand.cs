using System.ComponentModel;
using Judge.Cli.Connection;
using Judge.Engine.Judging;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Judge.Cli.Submissions;

public sealed class SubmitSettings : JudgeSettings
{
    [CommandArgument(0, "<file>")]
    [Description("The solution, a C# file")]
    public string File { get; set; } = "";

    [CommandOption("-p|--problem <ID>")]
    [Description("The problem it solves (default: the file's name without .cs)")]
    public string? Problem { get; set; }

    public string ProblemId => Problem ?? Path.GetFileNameWithoutExtension(File);
}

/// <summary>
/// <c>judge submit &lt;file.cs&gt; --problem &lt;id&gt;</c>: judges one solution and shows each test as it finishes.
/// Exits 0 only when the solution is accepted (see <see cref="ExitCodes"/>).
/// </summary>
public sealed class SubmitCommand(CliConsole console) : AsyncCommand<SubmitSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, SubmitSettings settings, CancellationToken cancel)
    {
        var source = ReadSource(settings.File);
        using var judge = Backends.Open(settings, console);
        if (settings.Json)
        {
            var quiet = new Silent();
            var judged = await Interruptible(() => judge.SubmitAsync(settings.ProblemId, source, quiet, cancel), () => quiet.SubmissionId, judge);
            JsonOutput.Write(console, judged);
            return judged.ExitCode;
        }

        console.Out.MarkupLineInterpolated($"[bold]{settings.ProblemId}[/] · {Path.GetFileName(settings.File)} · [grey]{judge.Name}[/]");
        var tests = new LiveTests(console);
        var outcome = await Interruptible(
            () => tests.ShowWhileAsync(() => judge.SubmitAsync(settings.ProblemId, source, tests, cancel)),
            () => tests.SubmissionId,
            judge);
        if (outcome.Diagnostics.Count > 0)
        {
            console.Out.Write(SubmissionView.Diagnostics(settings.File, outcome.Diagnostics));
        }
        console.Out.Write(SubmissionView.Summary(outcome));
        console.Out.WriteLine();
        return outcome.ExitCode;
    }

    private static string ReadSource(string file)
    {
        try
        {
            return System.IO.File.ReadAllText(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw CliException.Usage($"Cannot read '{file}': {e.Message}");
        }
    }

    /// <summary>Ctrl+C: say so, and where a server goes on judging, where to find the verdict later.</summary>
    private async Task<SubmissionOutcome> Interruptible(Func<Task<SubmissionOutcome>> judge, Func<string?> submissionId, IJudgeBackend backend)
    {
        try
        {
            return await judge();
        }
        catch (OperationCanceledException)
        {
            var id = submissionId();
            throw new CliException(
                ExitCodes.Interrupted,
                id is null
                    ? "Stopped; the solution was not judged to the end."
                    : $"Stopped following submission {id}; the server goes on judging it: GET {backend.Name}api/submissions/{id}");
        }
    }

    private sealed class Silent : ISubmissionListener
    {
        public string? SubmissionId { get; private set; }

        public void Queued(string id) => SubmissionId = id;

        public void StatusChanged(JudgeStatus status)
        {
        }

        public void TestFinished(Core.Verdicts.TestResult test)
        {
        }
    }
}
