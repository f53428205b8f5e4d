using Judge.Cli;
using Spectre.Console;

// judge problems | show <id> | submit <file.cs> | grade <folder> | report <batch-id> | hash-key <key> | validate
// `judge --help` and `judge <command> --help` describe the options; README "Command-line tool" the exit codes.
var console = CliConsole.System();
using var stop = new CancellationTokenSource();

// The first Ctrl+C stops cleanly (what finished is kept and reported); a second one ends the process at once.
Console.CancelKeyPress += (_, e) =>
{
    if (!stop.IsCancellationRequested)
    {
        e.Cancel = true;
        // While a live display owns the terminal, a line written through it stays readable; --json keeps stdout clean.
        (console.CanRedraw ? console.Out : console.Error).MarkupLine("[yellow]Stopping… (Ctrl+C again to quit at once)[/]");
        stop.Cancel();
    }
};

return await JudgeApp.RunAsync(args, console, stop.Token);
