using System.Globalization;

namespace Judge.Bench;

/// <summary>Reads the service's own histograms at /metrics (Prometheus text), to split latency into compile and run.</summary>
public static class Metrics
{
    public static async Task<Dictionary<string, double>> ScrapeAsync(HttpClient http)
    {
        await Task.Delay(1100); // the exporter caches a scrape for up to a second
        var values = new Dictionary<string, double>();
        using var response = await http.GetAsync("/metrics");
        if (!response.IsSuccessStatusCode)
        {
            return values; // a build of the service from before /metrics existed
        }
        foreach (var line in (await response.Content.ReadAsStringAsync()).Split('\n'))
        {
            var parts = line.Split(' ');
            if (parts.Length >= 2 && !line.StartsWith('#') && double.TryParse(parts[1], CultureInfo.InvariantCulture, out var value))
            {
                values[parts[0]] = value;
            }
        }
        return values;
    }

    /// <summary>The mean of a histogram's measurements between two scrapes.</summary>
    public static double MeanDelta(Dictionary<string, double> before, Dictionary<string, double> after, string histogram)
    {
        double Delta(string suffix) =>
            after.Where(kv => kv.Key.StartsWith(histogram + suffix, StringComparison.Ordinal)).Sum(kv => kv.Value) -
            before.Where(kv => kv.Key.StartsWith(histogram + suffix, StringComparison.Ordinal)).Sum(kv => kv.Value);
        var count = Delta("_count");
        return count == 0 ? double.NaN : Delta("_sum") / count;
    }

    /// <summary>The series of a counter that grew between two scrapes, each with its growth.</summary>
    public static IEnumerable<(string Series, double Growth)> Grown(Dictionary<string, double> before, Dictionary<string, double> after, string counter) =>
        after.Where(kv => kv.Key.StartsWith(counter, StringComparison.Ordinal))
            .Select(kv => (kv.Key, kv.Value - before.GetValueOrDefault(kv.Key)))
            .Where(series => series.Item2 > 0);
}
