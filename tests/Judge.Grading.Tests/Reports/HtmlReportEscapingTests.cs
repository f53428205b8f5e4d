using System.Text.RegularExpressions;
using Judge.Core.Verdicts;
using Judge.Grading.Reports;
using Judge.Grading.Similarity;

namespace Judge.Grading.Tests.Reports;

/// <summary>Candidates control names, sources and (through their output) messages and actual output: none may become markup.</summary>
public sealed class HtmlReportEscapingTests
{
    private const string HostileName = "<script>alert(1)</script>";
    private const string HostileSource = "class C { string s = \"</pre><script>alert(2)</script>\"; } // <img src=x onerror=alert(3)>";
    private const string HostileText = "</td></tr></table><iframe src=\"https://evil.example\"></iframe>";

    private static readonly string Page = HtmlReport.Write(new BatchReport(
        "b-<1>",
        "<b>Hiring</b> & co",
        DateTimeOffset.UnixEpoch,
        [HostileName, "bob"],
        ["p\"><svg onload=alert(4)>"],
        [
            SampleReports.Cell(HostileName, "p\"><svg onload=alert(4)>", Verdict.WrongAnswer, 50, HostileSource,
                [new Diagnostic("CS0000", DiagnosticSeverity.Warning, HostileText, 1, 1, 1, 2)],
                [new TestResult(HostileText, HostileText, Verdict.WrongAnswer, 1, 1, HostileText, HostileText, HostileText, HostileText)]),
            SampleReports.Cell("bob", "p\"><svg onload=alert(4)>", Verdict.Accepted, 100, HostileSource),
        ],
        [new SimilarPair(HostileName, "bob", "p\"><svg onload=alert(4)>", 1, [new MatchedRegion(1, 1, 1, 1)])]));

    [Fact]
    public void Write_HostileCandidateName_IsText()
    {
        Assert.DoesNotContain("<script>alert", Page);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", Page);
        Assert.Single(Regex.Matches(Page, "<script"));
    }

    [Fact]
    public void Write_HostileSource_CannotCloseThePreOrAddElements()
    {
        Assert.DoesNotContain("</pre><script>", Page);
        Assert.DoesNotContain("<img", Page);
        Assert.Contains("&lt;/pre&gt;&lt;script&gt;alert(2)&lt;/script&gt;", Page);
    }

    [Fact]
    public void Write_HostileMessagesTestDataProblemAndTitle_AreText()
    {
        Assert.DoesNotContain("<iframe", Page);
        Assert.DoesNotContain("<svg", Page);
        Assert.DoesNotContain("<b>Hiring", Page);
        Assert.Contains("&lt;b&gt;Hiring&lt;/b&gt; &amp; co", Page);
        Assert.Contains("p&quot;&gt;&lt;svg onload=alert(4)&gt;", Page);
    }

    [Fact]
    public void Write_HostileText_LeavesTheStructureIntact()
    {
        foreach (var tag in new[] { "pre", "table", "tr", "td", "details" })
        {
            Assert.True(Regex.Matches(Page, $"<{tag}[ >]").Count == Regex.Matches(Page, $"</{tag}>").Count, $"<{tag}> is not balanced");
        }
        Assert.DoesNotMatch(new Regex(@"\b(src|href)\s*=\s*[""']?\s*(https?:)?//", RegexOptions.IgnoreCase), Page);
    }
}
