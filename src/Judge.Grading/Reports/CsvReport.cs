using System.Globalization;
using System.Text;

namespace Judge.Grading.Reports;

/// <summary>
/// One row per candidate, best first: rank, candidate, each problem's score and verdict, total.
/// RFC 4180: comma-separated, CRLF line ends, fields quoted when they hold a comma, quote or line break.
/// </summary>
public static class CsvReport
{
    public static string Write(BatchReport report)
    {
        var csv = new StringBuilder();
        var header = new List<string> { "Rank", "Candidate" };
        foreach (var problem in report.Problems)
        {
            header.Add($"{problem} score");
            header.Add($"{problem} verdict");
        }
        header.Add("Total");
        AppendRow(csv, header);

        foreach (var standing in report.Standings)
        {
            var row = new List<string> { Number(standing.Rank), standing.Candidate };
            foreach (var problem in report.Problems)
            {
                var cell = report.CellOf(standing.Candidate, problem);
                row.Add(cell is null ? "" : Number(cell.Score));
                row.Add(cell?.Verdict?.ToString() ?? (cell is null ? "" : "Pending"));
            }
            row.Add(Number(standing.TotalScore));
            AppendRow(csv, row);
        }
        return csv.ToString();
    }

    private static void AppendRow(StringBuilder csv, IEnumerable<string> fields) =>
        csv.Append(string.Join(',', fields.Select(CsvField.Escape))).Append("\r\n");

    private static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
