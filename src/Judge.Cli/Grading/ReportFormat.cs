using Judge.Grading.Reports;

namespace Judge.Cli.Grading;

/// <summary>The report file's format, from its extension: <c>.html</c>, <c>.csv</c> or <c>.json</c>.</summary>
public sealed record ReportFormat(string Name, Func<BatchReport, string> Write)
{
    public static ReportFormat FromPath(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".html" or ".htm" => new("html", HtmlReport.Write),
        ".csv" => new("csv", CsvReport.Write),
        ".json" => new("json", JsonReport.Write),
        _ => throw CliException.Usage(Problem(path)!),
    };

    /// <summary>Why <paramref name="path"/> cannot name a report, or null when it can (or is not given).</summary>
    public static string? Problem(string? path) =>
        path is null || Path.GetExtension(path).ToLowerInvariant() is ".html" or ".htm" or ".csv" or ".json"
            ? null
            : $"Cannot tell the report's format from '{path}'; name it .html, .csv or .json.";
}
