using Judge.Core.Verdicts;

namespace Judge.Grading.Reports.Html;

/// <summary>How a verdict looks in the report: a short label and a colour class (see <see cref="PageAssets.Css"/>).</summary>
internal static class VerdictStyle
{
    public static string Short(Verdict? verdict) => verdict switch
    {
        null => "…",
        Verdict.Accepted => "AC",
        Verdict.WrongAnswer => "WA",
        Verdict.CompilationError => "CE",
        Verdict.RuntimeError => "RE",
        Verdict.TimeLimitExceeded => "TLE",
        Verdict.MemoryLimitExceeded => "MLE",
        Verdict.OutputLimitExceeded => "OLE",
        Verdict.Rejected => "REJ",
        Verdict.InternalError => "IE",
        Verdict.Skipped => "SK",
        _ => verdict.Value.ToString(),
    };

    /// <summary>Words for people; the CSV and JSON keep the enum names for programs.</summary>
    public static string Name(Verdict? verdict) => verdict switch
    {
        null => "Pending",
        Verdict.WrongAnswer => "Wrong answer",
        Verdict.CompilationError => "Compilation error",
        Verdict.RuntimeError => "Runtime error",
        Verdict.TimeLimitExceeded => "Time limit exceeded",
        Verdict.MemoryLimitExceeded => "Memory limit exceeded",
        Verdict.OutputLimitExceeded => "Output limit exceeded",
        Verdict.InternalError => "Internal error",
        _ => verdict.Value.ToString(),
    };

    public static string CssClass(Verdict? verdict) => "v v-" + (verdict?.ToString() ?? "Pending").ToLowerInvariant();

    /// <summary>An inline label, coloured, with the full name on hover.</summary>
    public static string Badge(Verdict? verdict) =>
        $"<span class=\"badge {CssClass(verdict)}\" title=\"{Name(verdict)}\">{HtmlText.Encode(Short(verdict))}</span>";
}
