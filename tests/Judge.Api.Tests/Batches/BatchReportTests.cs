using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Judge.Api.Tests.Infrastructure;

namespace Judge.Api.Tests.Batches;

/// <summary>Reports in three formats, with the copied-looking pairs flagged and no hidden test data in them.</summary>
public sealed class BatchReportTests(JudgeApiFactory api) : IClassFixture<JudgeApiFactory>, IAsyncLifetime
{
    private static readonly string Original = Reference("hash-counts.cs");
    private static readonly string Independent = Reference("sort-two-pointers.cs");

    /// <summary>The original with every name changed, its layout and comments redone, and the same logic.</summary>
    private const string DisguisedCopy = """
        // My own solution, written from scratch!
        public class Solution
        {
            public IList<int[]> FindPairs(int[] values, int goal)
            {
                var tally = new Dictionary<int, int>(values.Length);
                foreach (var v in values) { tally[v] = tally.GetValueOrDefault(v) + 1; }   // count
                var found = new List<int[]>();
                foreach (var (first, times) in tally)
                {
                    int second = goal - first;
                    if (first < second && tally.ContainsKey(second)) { found.Add(new[] { first, second }); }
                    else if (first == second && times >= 2) { found.Add(new[] { first, second }); }
                }
                return found;
            }
        }
        """;

    private string batchId = "";

    public async Task InitializeAsync()
    {
        var client = api.CreateClient();
        using var posted = await client.PostAsync("/api/batches?title=Report", BatchUploads.Zip([
            ("ana/pair-sum.cs", Original),
            ("ben/pair-sum.cs", DisguisedCopy),
            ("cleo/pair-sum.cs", Independent),
            ("dan/pair-sum.cs", "public class Solution { public IList<int[]> FindPairs(int[] nums, int target) => new List<int[]>(); }"),
        ]));
        batchId = (await posted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        await BatchTests.WaitUntilFinished(client, batchId);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task JsonReport_RanksCandidates_FlagsTheCopyOnly_AndHoldsNoHiddenInputs()
    {
        var report = await api.CreateClient().GetFromJsonAsync<JsonElement>($"/api/batches/{batchId}/report?format=json");

        var pairs = report.GetProperty("similarPairs").EnumerateArray()
            .Select(p => string.Join("+", new[] { p.GetProperty("candidateA").GetString(), p.GetProperty("candidateB").GetString() }.Order())).ToList();
        Assert.Equal(["ana+ben"], pairs);
        var last = report.GetProperty("standings").EnumerateArray().Last();
        Assert.Equal("dan", last.GetProperty("candidate").GetString());
        var hiddenTests = report.GetProperty("cells").EnumerateArray()
            .SelectMany(c => c.GetProperty("tests").EnumerateArray())
            .Where(t => t.GetProperty("group").GetString() != "samples").ToList();
        Assert.NotEmpty(hiddenTests);
        Assert.All(hiddenTests, t => Assert.Equal(JsonValueKind.Null, t.GetProperty("input").ValueKind));
    }

    [Fact]
    public async Task HtmlReport_IsOneSelfContainedPage_WithEveryCandidate()
    {
        using var response = await api.CreateClient().GetAsync($"/api/batches/{batchId}/report?format=html");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.All(["ana", "ben", "cleo", "dan"], name => Assert.Contains(name, html));
        Assert.DoesNotContain("src=\"http", html);
        Assert.DoesNotContain("href=\"http", html);
    }

    [Fact]
    public async Task CsvReport_IsADownloadWithARowPerCandidate()
    {
        using var response = await api.CreateClient().GetAsync($"/api/batches/{batchId}/report?format=csv");
        var lines = (await response.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal(5, lines.Length);
    }

    [Fact]
    public async Task UnknownFormat_Is400()
    {
        using var response = await api.CreateClient().GetAsync($"/api/batches/{batchId}/report?format=xml");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private static string Reference(string file) => File.ReadAllText(Path.Combine(ProblemFolders.Root, "pair-sum", "solutions", file));
}
