using System.Globalization;

namespace Judge.Bench;

public static class Report
{
    public const string Header = """
        | Run | n | p50 ms | p95 ms | p99 ms | submissions/s | service CPU s/submission | machine CPU s/submission | mean compile ms | mean run ms | host peak RSS MB |
        |---|---|---|---|---|---|---|---|---|---|---|
        """;

    /// <summary>One row as a Markdown table line; also printed as each run finishes, so a later failure loses nothing.</summary>
    public static string Line(Row r) => string.Create(CultureInfo.InvariantCulture,
        $"| {r.Name} | {r.Count} | {r.P50:0} | {r.P95:0} | {r.P99:0} | {r.PerSecond:0.0} | {Number(r.CpuPerSubmission, "0.000")} | {Number(r.MachineCpuPerSubmission, "0.000")} | {Number(r.Breakdown?.CompileMs, "0.0")} | {Number(r.Breakdown?.RunMs, "0.0")} | {(r.PeakRssKb == 0 ? "-" : (r.PeakRssKb / 1024).ToString(CultureInfo.InvariantCulture))} |");

    public static void Print(IReadOnlyList<Row> rows)
    {
        Console.WriteLine();
        Console.WriteLine(Header);
        foreach (var r in rows)
        {
            Console.WriteLine(Line(r));
        }
        var judge = rows.FirstOrDefault(r => r.Name == "judge, warm: small accepted, c=1");
        if (judge is null)
        {
            return;
        }
        var paced = rows.FirstOrDefault(r => r.Name.StartsWith("judge, warm: small accepted, c=1, ", StringComparison.Ordinal));
        Console.WriteLine();
        foreach (var baseline in rows.Where(r => r.Name.StartsWith("baseline", StringComparison.Ordinal)))
        {
            var ratio = string.Create(CultureInfo.InvariantCulture,
                $"Median latency, {baseline.Name.Split(':')[0]} / judge warm: {baseline.P50 / judge.P50:0.0}x back to back");
            Console.WriteLine(paced is null ? ratio : string.Create(CultureInfo.InvariantCulture, $"{ratio}, {baseline.P50 / paced.P50:0.0}x paced"));
        }
    }

    private static string Number(double? value, string format) =>
        value is { } v && !double.IsNaN(v) ? v.ToString(format, CultureInfo.InvariantCulture) : "-";
}
