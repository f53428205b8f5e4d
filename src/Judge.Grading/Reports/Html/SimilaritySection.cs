using System.Text;
using Judge.Grading.Similarity;

namespace Judge.Grading.Reports.Html;

/// <summary>Flagged pairs, each with its matching regions side by side in the two sources, one colour per region.</summary>
internal static class SimilaritySection
{
    public static void Append(StringBuilder html, BatchReport report)
    {
        html.Append("<p class=\"note\">Share of the smaller submission's fingerprints (sequences of about one statement, ")
            .Append("compared after renaming, reformatting, comments and member order are taken out) found in the other. ")
            .Append("Starter code does not count. A high share is a reason to look, not a verdict.</p>\n");
        if (report.SimilarPairs.Count == 0)
        {
            html.Append("<p>No similar pairs were found.</p>\n");
            return;
        }
        for (var i = 0; i < report.SimilarPairs.Count; i++)
        {
            AppendPair(html, report, report.SimilarPairs[i], $"pair-{i}");
        }
    }

    private static void AppendPair(StringBuilder html, BatchReport report, SimilarPair pair, string id)
    {
        html.Append($"<details class=\"panel\" id=\"{id}\"><summary><strong>{HtmlText.Percent(pair.Similarity)}</strong> ")
            .Append($"{HtmlText.Encode(pair.CandidateA)} and {HtmlText.Encode(pair.CandidateB)} · {HtmlText.Encode(pair.ProblemId)} · ")
            .Append($"{pair.Regions.Count} matching region{(pair.Regions.Count == 1 ? "" : "s")}</summary>\n");

        html.Append("<ol class=\"regions\">\n");
        for (var r = 0; r < pair.Regions.Count; r++)
        {
            var region = pair.Regions[r];
            html.Append($"<li><span class=\"swatch m{r % SourceView.RegionColours}\"></span>")
                .Append($"{HtmlText.Encode(pair.CandidateA)} lines {region.StartLineA}–{region.EndLineA} ↔ ")
                .Append($"{HtmlText.Encode(pair.CandidateB)} lines {region.StartLineB}–{region.EndLineB}</li>\n");
        }
        html.Append("</ol>\n<div class=\"side-by-side\">\n");
        AppendSide(html, report, pair.CandidateA, pair.ProblemId, LinesToRegions(pair.Regions, r => (r.StartLineA, r.EndLineA)));
        AppendSide(html, report, pair.CandidateB, pair.ProblemId, LinesToRegions(pair.Regions, r => (r.StartLineB, r.EndLineB)));
        html.Append("</div></details>\n");
    }

    private static void AppendSide(StringBuilder html, BatchReport report, string candidate, string problemId, Dictionary<int, int> regionOfLine)
    {
        html.Append($"<div><h5><a href=\"#{Anchors.Submission(report, candidate, problemId)}\">{HtmlText.Encode(candidate)}</a></h5>\n");
        var source = report.CellOf(candidate, problemId)?.Source;
        if (source is null)
        {
            html.Append("<p class=\"note\">The source is not in this report.</p>\n");
        }
        else
        {
            SourceView.Append(html, source, regionOfLine);
        }
        html.Append("</div>\n");
    }

    /// <summary>Where regions share a line (they can, at line granularity), the earlier region keeps it.</summary>
    private static Dictionary<int, int> LinesToRegions(IReadOnlyList<MatchedRegion> regions, Func<MatchedRegion, (int Start, int End)> side)
    {
        var regionOfLine = new Dictionary<int, int>();
        for (var r = 0; r < regions.Count; r++)
        {
            var (start, end) = side(regions[r]);
            for (var line = start; line <= end; line++)
            {
                regionOfLine.TryAdd(line, r);
            }
        }
        return regionOfLine;
    }
}
