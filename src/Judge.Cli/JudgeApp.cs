using Judge.Cli.Access;
using Judge.Cli.Grading;
using Judge.Cli.Problems;
using Judge.Cli.Submissions;
using Judge.Cli.Validate;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Judge.Cli;

/// <summary>The <c>judge</c> commands, their help, and the one place failures become messages and exit codes.</summary>
public static class JudgeApp
{
    public static Task<int> RunAsync(IEnumerable<string> args, CliConsole console, CancellationToken cancel)
    {
        var app = new CommandApp();
        app.Configure(config =>
        {
            config.SetApplicationName("judge");
            config.ConfigureConsole(console.Out);
            config.Settings.Registrar.RegisterInstance(console);
            config.CancellationExitCode(ExitCodes.Interrupted);
            config.SetExceptionHandler((e, _) => Report(e, console));

            config.AddCommand<ProblemsCommand>("problems")
                .WithDescription("List the problems: id, title, difficulty, kind, tags")
                .WithExample("problems")
                .WithExample("problems", "--server", "http://localhost:5000");
            config.AddCommand<ShowCommand>("show")
                .WithDescription("Show a problem: statement, limits, starter code")
                .WithExample("show", "valid-palindrome");
            config.AddCommand<SubmitCommand>("submit")
                .WithDescription("Judge one solution and show each test; exits 0 only when it is accepted")
                .WithExample("submit", "solution.cs", "--problem", "valid-palindrome")
                .WithExample("submit", "valid-palindrome.cs", "--server", "http://localhost:5000", "--api-key", "KEY");
            config.AddCommand<GradeCommand>("grade")
                .WithDescription("Judge a folder of <candidate>/<problemId>.cs files and write a report")
                .WithExample("grade", "candidates", "--out", "report.html")
                .WithExample("grade", "candidates", "--out", "report.csv", "--server", "http://localhost:5000", "--json");
            config.AddCommand<ReportCommand>("report")
                .WithDescription("Follow a batch on the server until it is judged, then write its report")
                .WithExample("report", "3f2a9c", "--server", "http://localhost:5000", "--out", "report.html");
            config.AddCommand<HashKeyCommand>("hash-key")
                .WithDescription("Print the SHA-256 to put in Access:Keys:N:Sha256 for an API key")
                .WithExample("hash-key", "s3cret");
            config.AddCommand<ValidateCommand>("validate")
                .WithDescription("Judge every reference solution of the problem bank with the embedded engine")
                .WithExample("validate", "--write", "docs/problem-bank.md");
        });
        return app.RunAsync(args, cancel);
    }

    /// <summary>Every failure ends here: one line on standard error and the exit code that says whose it was.</summary>
    private static int Report(Exception e, CliConsole console)
    {
        switch (e)
        {
            case CliException cli:
                console.Error.MarkupLineInterpolated($"[red]{cli.Message}[/]");
                return cli.ExitCode;
            case OperationCanceledException:
                console.Error.MarkupLine("[yellow]Stopped.[/]");
                return ExitCodes.Interrupted;
            case CommandAppException app:
                if (app.Pretty is { } pretty)
                {
                    console.Error.Write(pretty);
                }
                else
                {
                    console.Error.MarkupLineInterpolated($"[red]{app.Message}[/]");
                }
                return ExitCodes.Usage;
            default:
                console.Error.MarkupLineInterpolated($"[red]The judge failed: {e}[/]");
                return ExitCodes.JudgeFailed;
        }
    }
}
