using System.Text;
using Judge.Core.Verdicts;

namespace Judge.Grading.Reports.Html;

/// <summary>The candidate × problem table, best candidate first, each cell linking to its submission panel.</summary>
internal static class ResultsMatrix
{
    public static void Append(StringBuilder html, BatchReport report)
    {
        AppendLegend(html);
        html.Append("<table class=\"matrix\"><thead><tr><th>Rank</th><th>Candidate</th>");
        foreach (var problem in report.Problems)
        {
            html.Append($"<th>{HtmlText.Encode(problem)}</th>");
        }
        html.Append("<th>Total</th><th>Solved</th></tr></thead>\n<tbody>\n");

        var flagged = report.SimilarPairs
            .SelectMany(p => new[] { (p.CandidateA, p.ProblemId), (p.CandidateB, p.ProblemId) })
            .ToHashSet();
        foreach (var standing in report.Standings)
        {
            html.Append($"<tr><td>{standing.Rank}</td><td class=\"name\">{HtmlText.Encode(standing.Candidate)}</td>");
            foreach (var problem in report.Problems)
            {
                var cell = report.CellOf(standing.Candidate, problem);
                AppendCell(html, cell, Anchors.Submission(report, standing.Candidate, problem), flagged.Contains((standing.Candidate, problem)));
            }
            html.Append($"<td><strong>{HtmlText.Number(standing.TotalScore)}</strong></td><td>{standing.Solved}</td></tr>\n");
        }

        html.Append("</tbody>\n<tfoot><tr><td></td><td class=\"name\">Solved by</td>");
        foreach (var summary in report.ProblemSummaries)
        {
            html.Append($"<td>{summary.Solved} of {summary.Judged}</td>");
        }
        html.Append("<td></td><td></td></tr></tfoot></table>\n");
    }

    private static void AppendCell(StringBuilder html, ReportCell? cell, string submissionId, bool similar)
    {
        if (cell is null)
        {
            html.Append("<td class=\"cell\"><span class=\"none\" title=\"Not submitted\">—</span></td>");
            return;
        }
        var flag = similar ? "<span class=\"flag\" title=\"Similar to another candidate's submission\">≈</span>" : "";
        html.Append($"<td class=\"cell {VerdictStyle.CssClass(cell.Verdict)}\">")
            .Append($"<a href=\"#{submissionId}\" title=\"{VerdictStyle.Name(cell.Verdict)}\">")
            .Append($"{HtmlText.Encode(VerdictStyle.Short(cell.Verdict))}{flag}<span class=\"score\">{HtmlText.Number(cell.Score)}</span></a></td>");
    }

    private static void AppendLegend(StringBuilder html)
    {
        html.Append("<p class=\"legend\">");
        foreach (var verdict in Enum.GetValues<Verdict>().Where(v => v != Verdict.Skipped).Cast<Verdict?>().Append(null))
        {
            html.Append($"<span class=\"item\">{VerdictStyle.Badge(verdict)}{VerdictStyle.Name(verdict)}</span>");
        }
        html.Append("<span class=\"item\"><span class=\"badge none\">—</span>not submitted</span>")
            .Append("<span class=\"item\"><span class=\"flag\">≈</span> similar to another submission</span></p>\n");
    }
}
