using System.Globalization;
using Judge.Core.Verdicts;
using Judge.Grading.Reports;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Judge.Cli.Grading;

/// <summary>The batch in a terminal: candidates best first against problems, each cell a short verdict and its score, then the similar pairs.</summary>
public static class MatrixView
{
    public static IRenderable Render(BatchReport report)
    {
        var table = new Table().Border(TableBorder.Rounded).AddColumns("Rank", "Candidate");
        foreach (var problem in report.Problems)
        {
            table.AddColumn(new TableColumn(Markup.Escape(problem)).Centered());
        }
        table.AddColumn(new TableColumn("Total").RightAligned()).AddColumn(new TableColumn("Solved").RightAligned());
        foreach (var standing in report.Standings)
        {
            table.AddRow(
            [
                new Text(standing.Rank.ToString(CultureInfo.InvariantCulture)),
                new Text(standing.Candidate, new Style(decoration: Decoration.Bold)),
                .. report.Problems.Select(p => Cell(report.CellOf(standing.Candidate, p))),
                new Text(Number(standing.TotalScore)).RightJustified(),
                new Text(standing.Solved.ToString(CultureInfo.InvariantCulture)).RightJustified(),
            ]);
        }
        table.AddRow(
        [
            new Text(""),
            new Text("solved by", new Style(Color.Grey)),
            .. report.ProblemSummaries.Select(s => new Text($"{s.Solved} of {s.Judged}", new Style(Color.Grey)).Centered()),
            new Text(""),
            new Text(""),
        ]);
        var shown = report.Cells.Where(c => c.Verdict is not null).Select(c => c.Verdict!.Value).Distinct().Order().ToList();
        if (shown.Count > 0)
        {
            table.Caption(string.Join(" · ", shown.Select(v => $"{Short(v)} {v}")));
        }
        return report.SimilarPairs.Count == 0
            ? table
            : new Rows(
            [
                table,
                new Markup("[bold]Similar submissions[/]"),
                .. report.SimilarPairs.Select(p => new Markup(
                    $"  [yellow]≈[/] {Markup.Escape(p.CandidateA)} and {Markup.Escape(p.CandidateB)} on {Markup.Escape(p.ProblemId)}: {Math.Round(p.Similarity * 100)}% alike")),
            ]);
    }

    private static IRenderable Cell(ReportCell? cell) => cell switch
    {
        null => new Markup("[grey]—[/]"),
        { Verdict: null } => new Markup("[grey]not judged[/]"),
        _ => new Markup($"{Colour(cell.Verdict.Value)}{Short(cell.Verdict.Value)}[/] {Number(cell.Score)}"),
    };

    private static string Colour(Verdict verdict) => verdict switch
    {
        Verdict.Accepted => "[green]",
        Verdict.InternalError => "[magenta]",
        Verdict.CompilationError or Verdict.Rejected => "[yellow]",
        _ => "[red]",
    };

    /// <summary>The same short labels as the HTML report.</summary>
    public static string Short(Verdict verdict) => verdict switch
    {
        Verdict.Accepted => "AC",
        Verdict.WrongAnswer => "WA",
        Verdict.CompilationError => "CE",
        Verdict.RuntimeError => "RE",
        Verdict.TimeLimitExceeded => "TLE",
        Verdict.MemoryLimitExceeded => "MLE",
        Verdict.OutputLimitExceeded => "OLE",
        Verdict.Rejected => "REJ",
        Verdict.InternalError => "IE",
        Verdict.Skipped => "SK",
        _ => verdict.ToString(),
    };

    private static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
