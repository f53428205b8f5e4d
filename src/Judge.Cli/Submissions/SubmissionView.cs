using System.Globalization;
using Judge.Core.Verdicts;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Judge.Cli.Submissions;

/// <summary>How a submission reads in a terminal: the per-test table, compiler messages at their line and column, the verdict.</summary>
public static class SubmissionView
{
    public static Table NewTestTable() =>
        new Table().Border(TableBorder.Rounded).AddColumns("Test", "Group", "Verdict", "Time", "Memory", "Message");

    /// <summary>A skipped test never ran, so it has no time or memory to show.</summary>
    public static void AddTest(Table table, TestResult test)
    {
        var ran = test.Verdict != Core.Verdicts.Verdict.Skipped;
        table.AddRow(
            new Text(test.Name),
            new Text(test.Group, new Style(Color.Grey)),
            new Markup(Verdict(test.Verdict)),
            new Text(ran ? Milliseconds(test.TimeMs) : "").RightJustified(),
            new Text(ran ? Megabytes(test.MemoryKb) : "").RightJustified(),
            new Text(test.Message ?? ""));
    }

    /// <summary>
    /// Compiler messages as <c>file:line:column: severity id: message</c>, which editors and terminals link to the spot.
    /// Line 0 is the judge's own code, not the user's file, so it has no position.
    /// </summary>
    public static IEnumerable<string> DiagnosticLines(string file, IEnumerable<Diagnostic> diagnostics) =>
        diagnostics.Select(d =>
            $"{(d.Line > 0 ? $"{file}:{d.Line}:{d.Column}: " : "")}{d.Severity.ToString().ToLowerInvariant()} {d.Id}: {d.Message}");

    public static IRenderable Diagnostics(string file, IReadOnlyList<Diagnostic> diagnostics) =>
        new Rows(diagnostics.Zip(DiagnosticLines(file, diagnostics), (d, line) =>
            new Text(line, new Style(d.Severity == DiagnosticSeverity.Error ? Color.Red : Color.Yellow))));

    public static IRenderable Summary(SubmissionOutcome outcome) => new Markup(
        $"{Verdict(outcome.Verdict)} · {outcome.Passed}/{outcome.Total} tests passed · score {Number(outcome.Score)}"
        + (outcome.Tests.Count > 0 ? $" · {Milliseconds(outcome.TimeMs)} · peak {Megabytes(outcome.MemoryKb)}" : "")
        + (outcome.Id is { } id ? $" · [grey]submission {Markup.Escape(id)}[/]" : ""));

    /// <summary>A verdict in markup: green when accepted, red when the solution failed, grey when nothing ran.</summary>
    public static string Verdict(Verdict? verdict) => verdict switch
    {
        null => "[grey]not judged[/]",
        Core.Verdicts.Verdict.Accepted => "[green]Accepted[/]",
        Core.Verdicts.Verdict.Skipped => "[grey]Skipped[/]",
        Core.Verdicts.Verdict.InternalError => "[magenta]InternalError[/]",
        _ => $"[red]{verdict}[/]",
    };

    public static string Milliseconds(double ms) => ms.ToString(ms < 10 ? "0.00" : "0.0", CultureInfo.InvariantCulture) + " ms";

    public static string Megabytes(long kb) => (kb / 1024.0).ToString("0.0", CultureInfo.InvariantCulture) + " MB";

    private static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
