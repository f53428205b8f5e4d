using System.Text;
using Judge.Core.Verdicts;

namespace Judge.Grading.Reports.Html;

/// <summary>One submission, folded under its summary: per-test results, compiler messages, the source.</summary>
internal static class SubmissionPanel
{
    public static void Append(StringBuilder html, ReportCell cell, string id)
    {
        html.Append($"<details class=\"panel\" id=\"{id}\"><summary>")
            .Append(VerdictStyle.Badge(cell.Verdict)).Append(' ')
            .Append($"<strong>{HtmlText.Encode(cell.Candidate)}</strong> · {HtmlText.Encode(cell.ProblemId)} · ")
            .Append($"score {HtmlText.Number(cell.Score)} · {cell.Passed}/{cell.Total} tests · ")
            .Append($"{HtmlText.Number(cell.TimeMs)} ms · {cell.MemoryKb} KB</summary>\n");
        AppendTests(html, cell.Tests);
        AppendDiagnostics(html, cell.Diagnostics);
        html.Append("<h4>Source</h4>\n");
        SourceView.Append(html, cell.Source);
        html.Append("</details>\n");
    }

    private static void AppendTests(StringBuilder html, IReadOnlyList<TestResult> tests)
    {
        if (tests.Count == 0)
        {
            html.Append("<p class=\"note\">No test results.</p>\n");
            return;
        }
        html.Append("<h4>Tests</h4>\n<table class=\"tests\"><thead><tr><th>Test</th><th>Group</th><th>Verdict</th>")
            .Append("<th>Time</th><th>Memory</th><th>Message</th></tr></thead><tbody>\n");
        foreach (var test in tests)
        {
            html.Append($"<tr><td>{HtmlText.Encode(test.Name)}</td><td>{HtmlText.Encode(test.Group)}</td>")
                .Append($"<td>{VerdictStyle.Badge(test.Verdict)}</td><td>{HtmlText.Number(test.TimeMs)} ms</td>")
                .Append($"<td>{test.MemoryKb} KB</td><td class=\"message\">{HtmlText.Encode(test.Message)}</td></tr>\n");
            AppendTestData(html, test);
        }
        html.Append("</tbody></table>\n");
    }

    /// <summary>Only sample tests carry their data; hidden tests never reach the report with it, so there is nothing to hide here.</summary>
    private static void AppendTestData(StringBuilder html, TestResult test)
    {
        (string Label, string? Text)[] data = [("Input", test.Input), ("Expected", test.Expected), ("Actual", test.Actual)];
        if (data.All(d => d.Text is null))
        {
            return;
        }
        html.Append("<tr><td colspan=\"6\"><div class=\"io\">");
        foreach (var (label, text) in data.Where(d => d.Text is not null))
        {
            html.Append($"<div><h5>{label}</h5><pre>{HtmlText.Encode(text)}</pre></div>");
        }
        html.Append("</div></td></tr>\n");
    }

    private static void AppendDiagnostics(StringBuilder html, IReadOnlyList<Diagnostic> diagnostics)
    {
        if (diagnostics.Count == 0)
        {
            return;
        }
        html.Append("<h4>Compiler messages</h4>\n<ul class=\"diagnostics\">\n");
        foreach (var d in diagnostics)
        {
            var severity = d.Severity.ToString().ToLowerInvariant();
            html.Append($"<li class=\"sev-{severity}\"><code>{d.Line}:{d.Column}</code> <strong>{severity}</strong> ")
                .Append($"{HtmlText.Encode(d.Id)}: {HtmlText.Encode(d.Message)}</li>\n");
        }
        html.Append("</ul>\n");
    }
}
