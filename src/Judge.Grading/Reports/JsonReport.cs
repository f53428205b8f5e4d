using System.Text.Json;

namespace Judge.Grading.Reports;

/// <summary>
/// The report as JSON: camelCase names, enums by name (as the HTTP API writes them). The computed standings and
/// problem summaries are written for readers and ignored on reading, since they follow from the cells.
/// </summary>
public static class JsonReport
{
    public static string Write(BatchReport report) => JsonSerializer.Serialize(report, ReportJsonContext.Default.BatchReport);

    public static BatchReport Read(string json) =>
        JsonSerializer.Deserialize(json, ReportJsonContext.Default.BatchReport)
        ?? throw new JsonException("The report is null.");
}
