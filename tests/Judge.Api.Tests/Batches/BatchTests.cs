using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Judge.Api.Tests.Access;
using Judge.Api.Tests.Infrastructure;
using Judge.Api.Tests.Submissions;

namespace Judge.Api.Tests.Batches;

/// <summary>A folder of candidates' solutions is graded into a candidate × problem matrix.</summary>
public sealed class BatchTests(JudgeApiFactory api) : IClassFixture<JudgeApiFactory>
{
    private static readonly string PairSum = File.ReadAllText(Path.Combine(ProblemFolders.Root, "pair-sum", "solutions", "hash-counts.cs"));

    [Fact]
    public async Task ZippedFolder_IsGradedIntoTheMatrix()
    {
        var client = api.CreateClient();
        using var upload = BatchUploads.Zip([
            ("round-1/ada/valid-palindrome.cs", Sources.Palindrome),
            ("round-1/ada/pair-sum.cs", PairSum),
            ("round-1/brian/valid-palindrome.cs", Sources.PalindromeCaseSensitive),
            ("round-1/brian/notes.txt", "not a solution"),
        ]);

        using var posted = await client.PostAsync("/api/batches?title=Round%201", upload);
        Assert.Equal(HttpStatusCode.Accepted, posted.StatusCode);
        var id = (await posted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        var batch = await WaitUntilFinished(client, id);

        Assert.Equal("Round 1", batch.GetProperty("title").GetString());
        Assert.Equal(["ada", "brian"], batch.GetProperty("candidates").EnumerateArray().Select(c => c.GetString()));
        var cells = batch.GetProperty("cells").EnumerateArray().ToDictionary(
            c => (c.GetProperty("candidate").GetString(), c.GetProperty("problemId").GetString()), c => c.GetProperty("verdict").GetString());
        Assert.Equal(3, cells.Count);
        Assert.Equal("Accepted", cells[("ada", "valid-palindrome")]);
        Assert.Equal("Accepted", cells[("ada", "pair-sum")]);
        Assert.Equal("WrongAnswer", cells[("brian", "valid-palindrome")]);
        Assert.Equal(2, batch.GetProperty("verdicts").GetProperty("Accepted").GetInt32());
    }

    [Fact]
    public async Task JsonList_IsAcceptedToo()
    {
        var client = api.CreateClient();
        using var posted = await client.PostAsJsonAsync("/api/batches", new
        {
            title = "json",
            submissions = new[] { new { candidate = "cy", problemId = "valid-palindrome", source = Sources.Palindrome } },
        });

        Assert.Equal(HttpStatusCode.Accepted, posted.StatusCode);
        var batch = await WaitUntilFinished(client, (await posted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!);
        Assert.Equal("Accepted", batch.GetProperty("cells")[0].GetProperty("verdict").GetString());
    }

    [Fact]
    public async Task BadEntries_Are400NamingEachOne_AndNothingIsQueued()
    {
        var client = api.CreateClient();
        var before = await QueuedAndJudged(client);
        using var upload = BatchUploads.Zip([
            ("ada/valid-palindrome.cs", Sources.Palindrome),
            ("ada/no-such-problem.cs", Sources.Palindrome),
            ("loose.cs", Sources.Palindrome),
            ("bo/valid-palindrome.cs", "   "),
        ]);

        using var response = await client.PostAsync("/api/batches", upload);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Contains("no-such-problem", errors.GetProperty("ada/no-such-problem.cs")[0].GetString());
        Assert.True(errors.TryGetProperty("loose.cs", out _));
        Assert.True(errors.TryGetProperty("bo/valid-palindrome.cs", out _));
        Assert.Equal(before, await QueuedAndJudged(client));
    }

    [Theory]
    [InlineData("application/zip", "this is not a zip", HttpStatusCode.BadRequest)]
    [InlineData("text/plain", "hello", HttpStatusCode.UnsupportedMediaType)]
    public async Task UnreadableUploads_GetAClearError(string contentType, string body, HttpStatusCode expected)
    {
        using var content = new StringContent(body);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(contentType);

        using var response = await api.CreateClient().PostAsync("/api/batches", content);

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task UnknownBatch_Is404()
    {
        using var response = await api.CreateClient().GetAsync("/api/batches/nope");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    public static async Task<JsonElement> WaitUntilFinished(HttpClient client, string id)
    {
        for (var waited = 0; waited < 120_000; waited += 100)
        {
            var batch = await client.GetFromJsonAsync<JsonElement>($"/api/batches/{id}");
            if (batch.GetProperty("finished").GetBoolean())
            {
                return batch;
            }
            await Task.Delay(100);
        }
        throw new TimeoutException($"Batch {id} did not finish.");
    }

    private static async Task<int> QueuedAndJudged(HttpClient client) =>
        (await client.GetFromJsonAsync<JsonElement>("/api/submissions?pageSize=1")).GetProperty("total").GetInt32();
}

/// <summary>Only graders and admins run batches.</summary>
public sealed class BatchAccessTests(KeyedJudgeApiFactory api) : IClassFixture<KeyedJudgeApiFactory>
{
    [Fact]
    public async Task Submitters_CannotRunBatches_GradersCan()
    {
        var body = new { submissions = new[] { new { candidate = "x", problemId = "valid-palindrome", source = Sources.Palindrome } } };

        using var bySubmitter = await api.ClientFor("alice").PostAsJsonAsync("/api/batches", body);
        using var byGrader = await api.ClientFor("grace").PostAsJsonAsync("/api/batches", body);

        Assert.Equal(HttpStatusCode.Forbidden, bySubmitter.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, byGrader.StatusCode);
    }
}
