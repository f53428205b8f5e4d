using System.Text.RegularExpressions;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Judge.Cli.Problems;

/// <summary>
/// Statements are Markdown; a terminal shows them best lightly styled rather than raw: headings in bold, code
/// blocks framed, <c>`code`</c> and <c>**bold**</c> inline, list bullets. Anything else stays as written.
/// </summary>
public static partial class MarkdownText
{
    public static IRenderable Render(string markdown)
    {
        var blocks = new List<IRenderable>();
        List<string>? code = null;
        var language = "";
        foreach (var line in markdown.ReplaceLineEndings("\n").TrimEnd().Split('\n'))
        {
            if (line.TrimStart().StartsWith("```", StringComparison.Ordinal))
            {
                if (code is null)
                {
                    code = [];
                    language = line.Trim().TrimStart('`');
                }
                else
                {
                    blocks.Add(CodeBlock(code, language));
                    code = null;
                }
                continue;
            }
            if (code is not null)
            {
                code.Add(line);
                continue;
            }
            blocks.Add(Line(line));
        }
        if (code is not null)
        {
            blocks.Add(CodeBlock(code, language));
        }
        return new Rows(blocks);
    }

    /// <summary>An empty text renders as no line at all; a single space keeps the gap between paragraphs.</summary>
    public static IRenderable BlankLine => new Text(" ");

    private static IRenderable Line(string line) => line switch
    {
        _ when string.IsNullOrWhiteSpace(line) => BlankLine,
        _ when line.StartsWith("# ", StringComparison.Ordinal) => new Markup($"[bold underline]{Inline(line[2..])}[/]"),
        _ when line.StartsWith("## ", StringComparison.Ordinal) => new Markup($"[bold yellow]{Inline(line[3..])}[/]"),
        _ when line.StartsWith("### ", StringComparison.Ordinal) => new Markup($"[bold]{Inline(line[4..])}[/]"),
        _ when line.StartsWith("- ", StringComparison.Ordinal) || line.StartsWith("* ", StringComparison.Ordinal) => new Markup($"  • {Inline(line[2..])}"),
        _ => new Markup(Inline(line)),
    };

    private static Panel CodeBlock(List<string> lines, string language)
    {
        var panel = new Panel(new Text(string.Join('\n', lines))).Border(BoxBorder.Rounded).BorderColor(Color.Grey);
        return language.Length > 0 ? panel.Header(language) : panel;
    }

    /// <summary>Escapes the text for Spectre markup, then turns code spans and bold spans into styles.</summary>
    private static string Inline(string text)
    {
        var escaped = Markup.Escape(text);
        escaped = CodeSpan().Replace(escaped, "[aqua]$1[/]");
        return BoldSpan().Replace(escaped, "[bold]$1[/]");
    }

    [GeneratedRegex("`([^`]+)`")]
    private static partial Regex CodeSpan();

    [GeneratedRegex(@"\*\*(.+?)\*\*")]
    private static partial Regex BoldSpan();
}
