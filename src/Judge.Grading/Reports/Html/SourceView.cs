using System.Text;

namespace Judge.Grading.Reports.Html;

/// <summary>A source listing with line numbers (drawn by CSS, so copying the code leaves them out).</summary>
internal static class SourceView
{
    /// <summary>The colours a listing cycles through to tell matched regions apart (.m0 to .m5 in the CSS).</summary>
    public const int RegionColours = 6;

    /// <param name="regionOfLine">For highlighted lines (1-based), the index of the region they belong to.</param>
    public static void Append(StringBuilder html, string source, IReadOnlyDictionary<int, int>? regionOfLine = null)
    {
        html.Append("<pre class=\"source\"><code>");
        var lines = source.ReplaceLineEndings("\n").Split('\n');
        var count = lines.Length > 1 && lines[^1].Length == 0 ? lines.Length - 1 : lines.Length;
        for (var i = 0; i < count; i++)
        {
            var highlight = regionOfLine is not null && regionOfLine.TryGetValue(i + 1, out var region)
                ? $" m{region % RegionColours}"
                : "";
            html.Append($"<span class=\"line{highlight}\">").Append(HtmlText.Encode(lines[i])).Append("</span>");
        }
        html.Append("</code></pre>\n");
    }
}
