using System.Net.Http.Json;
using System.Text.Json;
using Judge.Api.Tests.Access;
using Judge.Api.Tests.Submissions;

namespace Judge.Api.Tests.Batches;

/// <summary>
/// A grader's reports show hidden tests by name, verdict and public message only: no input, expected or actual
/// output, and nothing a candidate's code threw to carry them out.
/// </summary>
public sealed class HiddenTestReportTests(KeyedJudgeApiFactory api) : IClassFixture<KeyedJudgeApiFactory>, IAsyncLifetime
{
    private HttpClient grader = null!;
    private string batchId = "";

    public async Task InitializeAsync()
    {
        grader = api.ClientFor("grace");
        using var posted = await grader.PostAsync("/api/batches?title=Leaks", BatchUploads.Zip([
            ("eve/pair-sum.cs", LeakyPairSum.Source),
            ("dan/pair-sum.cs", "public class Solution { public IList<int[]> FindPairs(int[] nums, int target) => new List<int[]>(); }"),
        ]));
        batchId = (await posted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        await BatchTests.WaitUntilFinished(grader, batchId);
    }

    public Task DisposeAsync()
    {
        grader.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task HtmlReport_ShowsTheSamplesMessagesButNothingOfTheHiddenTests()
    {
        var html = await ReportAsync("html");

        // The samples' messages are there in full, so a hidden test's would be too if it were not cut.
        Assert.All(LeakyPairSum.LeaksOf("samples"), leak => Assert.Contains(leak, html));
        Assert.Contains(LeakyPairSum.HiddenMessage, html);
        AssertHoldsNoHiddenTestData(html);
    }

    [Fact]
    public async Task CsvReport_HoldsNothingOfTheHiddenTests()
    {
        var csv = await ReportAsync("csv");

        Assert.Contains("eve", csv);
        AssertHoldsNoHiddenTestData(csv);
    }

    private async Task<string> ReportAsync(string format)
    {
        using var response = await grader.GetAsync($"/api/batches/{batchId}/report?format={format}");
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsStringAsync();
    }

    private static void AssertHoldsNoHiddenTestData(string report)
    {
        Assert.DoesNotContain(LeakyPairSum.Marker, LeakyPairSum.WithoutSampleLeaks(report));
        var samples = LeakyPairSum.Inputs("samples");
        // Inputs short or common enough to turn up inside a sample's (or anywhere, like "[[], 5]") prove nothing either way.
        var distinctive = LeakyPairSum.Inputs("correctness").Where(i => i.Length >= 12 && !samples.Any(s => s.Contains(i, StringComparison.Ordinal))).ToList();
        Assert.NotEmpty(distinctive);
        Assert.All(distinctive, input => Assert.DoesNotContain(input, report));
    }
}
