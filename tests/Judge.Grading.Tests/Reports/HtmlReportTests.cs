using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Judge.Core.Verdicts;
using Judge.Grading.Reports;

namespace Judge.Grading.Tests.Reports;

public sealed class HtmlReportTests
{
    private static readonly string Page = HtmlReport.Write(SampleReports.Batch());

    [Fact]
    public void Write_IsSelfContained_NothingLoadsFromElsewhere()
    {
        Assert.DoesNotMatch(new Regex(@"\b(src|href)\s*=\s*[""']?\s*(https?:)?//", RegexOptions.IgnoreCase), Page);
        Assert.DoesNotContain("<link", Page);
        Assert.DoesNotContain("@import", Page);
        Assert.DoesNotContain("url(", Page);
        Assert.Single(Regex.Matches(Page, "<style>"));
        Assert.Single(Regex.Matches(Page, "<script>"));
    }

    [Fact]
    public void Write_ContentSecurityPolicy_AllowsExactlyTheInlineScriptAndStyle()
    {
        var script = Regex.Match(Page, "<script>(.*?)</script>", RegexOptions.Singleline).Groups[1].Value;
        var style = Regex.Match(Page, "<style>(.*?)</style>", RegexOptions.Singleline).Groups[1].Value;
        var policy = Regex.Match(Page, "http-equiv=\"Content-Security-Policy\" content=\"([^\"]*)\"").Groups[1].Value;

        Assert.Contains("default-src 'none'", policy);
        Assert.Contains($"script-src '{Sha256(script)}'", policy);
        Assert.Contains($"style-src '{Sha256(style)}'", policy);
    }

    [Fact]
    public void Write_MatrixHasEveryCandidateAndACellPerCandidateAndProblem()
    {
        var matrix = Regex.Match(Page, "<table class=\"matrix\">.*?</table>", RegexOptions.Singleline).Value;

        foreach (var candidate in new[] { "ada", "bob", "cy" })
        {
            Assert.Contains($"<td class=\"name\">{candidate}</td>", matrix);
        }
        Assert.Equal(3 * 2, Regex.Matches(matrix, "<td class=\"cell").Count);
        Assert.Contains("title=\"Not submitted\"", matrix); // cy never sent pair-sum
    }

    [Fact]
    public void Write_ColoursEachCellByVerdict_AndShowsTotalsAndRanks()
    {
        Assert.Contains("<td class=\"cell v v-accepted\"><a href=\"#s-0-0\"", Page);
        Assert.Contains("<td class=\"cell v v-wronganswer\"><a href=\"#s-0-1\"", Page);
        Assert.Contains("<td class=\"cell v v-compilationerror\">", Page);
        Assert.Contains("<td class=\"cell v v-pending\">", Page);
        Assert.Contains("<tr><td>1</td><td class=\"name\">ada</td>", Page);
        Assert.Contains("<td><strong>150</strong></td>", Page);
        Assert.Contains("<td>2 of 3</td>", Page); // lru-cache solved by 2 of 3 judged
    }

    [Fact]
    public void Write_EveryCellOpensAPanelWithTestsMessagesAndNumberedSource()
    {
        foreach (var id in new[] { "s-0-0", "s-0-1", "s-1-0", "s-1-1", "s-2-0" })
        {
            Assert.Contains($"<details class=\"panel\" id=\"{id}\">", Page);
        }
        Assert.Contains("<code>12:5</code> <strong>error</strong> CS1002: ; expected", Page);
        Assert.Contains("<pre class=\"source\"><code><span class=\"line\">public class LRUCache</span>", Page);
        Assert.Contains("expected 7, got 8", Page);
    }

    [Fact]
    public void Write_ShowsTestDataOnlyWhereTheModelHasIt()
    {
        // Two graded submissions with tests, each with one sample test (data) and one hidden test (none).
        var withTests = SampleReports.Batch().Cells.Count(c => c.Tests.Count > 0);

        Assert.Equal(3, withTests);
        Assert.Equal(withTests, Regex.Matches(Page, "<h5>Input</h5>").Count);
        Assert.Equal(withTests, Regex.Matches(Page, "<h5>Actual</h5>").Count);
    }

    [Fact]
    public void Write_SimilarPairs_ShowPercentRegionsAndBothSourcesHighlighted()
    {
        var section = Regex.Match(Page, "<section id=\"similar\">.*?</section>", RegexOptions.Singleline).Value;

        Assert.Contains("<strong>97%</strong> ada and bob", section);
        Assert.Contains("ada lines 1–4 ↔ bob lines 1–4", section);
        Assert.Equal(2 * 4, Regex.Matches(section, "<span class=\"line m0\">").Count);
        Assert.Contains("<td class=\"cell v v-accepted\"><a href=\"#s-1-0\" title=\"Accepted\">AC<span class=\"flag\"", Page);
    }

    [Fact]
    public void Write_NoSimilarPairs_SaysSo() =>
        Assert.Contains("No similar pairs were found.", HtmlReport.Write(SampleReports.Batch(pairs: [])));

    [Fact]
    public void Write_TagsAreBalanced()
    {
        foreach (var tag in new[] { "details", "summary", "pre", "table", "tr", "td", "section", "div", "span", "ul", "ol", "li" })
        {
            Assert.True(Regex.Matches(Page, $"<{tag}[ >]").Count == Regex.Matches(Page, $"</{tag}>").Count, $"<{tag}> is not balanced");
        }
    }

    private static string Sha256(string text) => "sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
