using System.Security.Cryptography;
using System.Text;

namespace Judge.Grading.Reports.Html;

/// <summary>
/// The page's only style and script, inline so the report is one file that opens anywhere, offline, from a mail.
/// The Content-Security-Policy allows exactly these two by hash: anything else that ever slipped into the page
/// (a script, a style, an image or font from a URL) would not run or load.
/// </summary>
internal static class PageAssets
{
    public const string Css = """
        :root { --ac: #1a7f37; --wa: #cf222e; --tle: #d97706; --mle: #8250df; --re: #a40e26; --ce: #57606a;
                --ole: #bc4c00; --other: #6e7781; --line: #d0d7de; --muted: #57606a; }
        body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1f2328; background: #fff;
               max-width: 1280px; margin: 0 auto; padding: 1.5rem; }
        h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
        h2 { font-size: 1.2rem; margin: 2rem 0 .5rem; padding-bottom: .25rem; border-bottom: 1px solid var(--line); }
        h4 { margin: .75rem 0 .25rem; }
        .meta, .note { color: var(--muted); margin: .25rem 0; }
        table { border-collapse: collapse; }
        .matrix th, .matrix td { border: 1px solid var(--line); padding: .3rem .6rem; text-align: center; }
        .matrix td.name { text-align: left; font-weight: 600; }
        .matrix td.cell { padding: 0; min-width: 4.5rem; }
        .matrix td.cell a, .matrix td.cell span.none { display: block; padding: .3rem .6rem; color: inherit; text-decoration: none; }
        .matrix .score { display: block; font-size: .8em; font-weight: 400; }
        .matrix tfoot td { color: var(--muted); }
        .v { color: #fff; font-weight: 600; }
        .v-accepted { background: var(--ac); }
        .v-wronganswer { background: var(--wa); }
        .v-timelimitexceeded { background: var(--tle); }
        .v-memorylimitexceeded { background: var(--mle); }
        .v-runtimeerror { background: var(--re); }
        .v-compilationerror { background: var(--ce); }
        .v-outputlimitexceeded { background: var(--ole); }
        .v-rejected, .v-internalerror, .v-skipped { background: var(--other); }
        .v-pending { background: #eaeef2; color: var(--muted); }
        .none { color: var(--muted); }
        .badge { display: inline-block; min-width: 2.2em; padding: 0 .4em; border-radius: 3px; text-align: center; }
        .flag { margin-left: .25em; font-weight: 700; }
        .legend .badge { margin-right: .25em; }
        .legend span.item { margin-right: 1em; white-space: nowrap; }
        details.panel { border: 1px solid var(--line); border-radius: 6px; margin: .5rem 0; padding: .25rem .75rem; }
        details.panel > summary { cursor: pointer; padding: .25rem 0; }
        details.panel[open] > summary { border-bottom: 1px solid var(--line); margin-bottom: .5rem; }
        .tests th, .tests td { border-bottom: 1px solid #eaeef2; padding: .2rem .6rem; text-align: left; vertical-align: top; }
        .tests td.message { white-space: pre-wrap; }
        .io { display: grid; grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr)); gap: .5rem; }
        .io h5 { margin: .25rem 0 0; }
        .diagnostics { list-style: none; padding: 0; margin: 0; }
        .diagnostics li { font-family: ui-monospace, SFMono-Regular, Consolas, monospace; font-size: 12px; white-space: pre-wrap; }
        .sev-error strong { color: var(--wa); }
        .sev-warning strong { color: var(--tle); }
        pre { background: #f6f8fa; margin: .25rem 0; padding: .5rem; overflow: auto;
              font: 12px/1.45 ui-monospace, SFMono-Regular, Consolas, monospace; }
        pre.source { counter-reset: line; padding: .5rem 0; }
        pre.source .line { display: block; min-width: max-content; padding-right: .75rem; }
        pre.source .line::before { counter-increment: line; content: counter(line); display: inline-block; width: 3em;
                                   margin-right: 1em; text-align: right; color: #8c959f; user-select: none; }
        .m0 { background: #fff1a8; } .m1 { background: #c6f0cf; } .m2 { background: #cfe3ff; }
        .m3 { background: #fbd3e9; } .m4 { background: #e4d8ff; } .m5 { background: #ffdcc0; }
        .regions { padding-left: 1.2rem; }
        .swatch { display: inline-block; width: .9em; height: .9em; border-radius: 2px; margin-right: .4em; vertical-align: -.1em; }
        .side-by-side { display: grid; grid-template-columns: 1fr 1fr; gap: 1rem; }
        .side-by-side > div { min-width: 0; }
        .side-by-side h5 { margin: .25rem 0; }
        """;

    public const string Script = """
        // A matrix cell or a pair links to a closed details element; open it, since jumping there leaves it closed.
        function openTarget(id) {
          var target = document.getElementById(id);
          if (target && target.tagName === 'DETAILS') { target.open = true; }
        }
        document.addEventListener('click', function (e) {
          var link = e.target.closest('a[href^="#"]');
          if (link) { openTarget(link.getAttribute('href').slice(1)); }
        });
        if (location.hash) { openTarget(location.hash.slice(1)); }
        """;

    public static readonly string ContentSecurityPolicy =
        $"default-src 'none'; style-src '{Sha256(Css)}'; script-src '{Sha256(Script)}'; base-uri 'none'; form-action 'none'";

    private static string Sha256(string text) => "sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
