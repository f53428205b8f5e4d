using System.Text;
using Judge.Grading.Reports.Html;

namespace Judge.Grading.Reports;

/// <summary>
/// The report as one self-contained HTML page a recruiter can open and forward: the results matrix with totals
/// and ranks, every submission's tests, compiler messages and source, and the similar pairs side by side.
/// No external URL anywhere; every user-supplied string is HTML-encoded.
/// </summary>
public static class HtmlReport
{
    public static string Write(BatchReport report)
    {
        var title = HtmlText.Encode(report.Title ?? $"Batch {report.BatchId}");
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append($"<meta http-equiv=\"Content-Security-Policy\" content=\"{PageAssets.ContentSecurityPolicy}\">\n")
            .Append($"<title>{title}</title>\n<style>{PageAssets.Css}</style>\n</head>\n<body>\n")
            .Append($"<header><h1>{title}</h1><p class=\"meta\">Batch {HtmlText.Encode(report.BatchId)} · ")
            .Append($"created {report.CreatedAt.UtcDateTime:yyyy-MM-dd HH:mm} UTC · ")
            .Append($"{Count(report.Candidates.Count, "candidate")} · {Count(report.Problems.Count, "problem")}</p></header>\n");

        html.Append("<section id=\"results\"><h2>Results</h2>\n");
        ResultsMatrix.Append(html, report);
        html.Append("</section>\n<section id=\"similar\"><h2>Similar submissions</h2>\n");
        SimilaritySection.Append(html, report);
        html.Append("</section>\n<section id=\"submissions\"><h2>Submissions</h2>\n");
        AppendSubmissions(html, report);
        html.Append("</section>\n");

        html.Append($"<script>{PageAssets.Script}</script>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static string Count(int count, string noun) => $"{count} {noun}{(count == 1 ? "" : "s")}";

    /// <summary>Grouped by candidate, in ranking order, then in problem order, like the matrix rows.</summary>
    private static void AppendSubmissions(StringBuilder html, BatchReport report)
    {
        foreach (var standing in report.Standings)
        {
            foreach (var problem in report.Problems)
            {
                if (report.CellOf(standing.Candidate, problem) is { } cell)
                {
                    SubmissionPanel.Append(html, cell, Anchors.Submission(report, standing.Candidate, problem));
                }
            }
        }
    }
}
