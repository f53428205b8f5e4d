using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Judge.Api.Tests.Infrastructure;
using Judge.Api.Tests.Submissions;

namespace Judge.Api.Tests.Storage;

/// <summary>Submissions are stored in the SQLite file with every test and status change, listed newest first, and survive a restart.</summary>
public sealed class SubmissionStorageTests(JudgeApiFactory api) : IClassFixture<JudgeApiFactory>
{
    [Fact]
    public async Task JudgedSubmission_IsInTheDatabase_WithEveryTestAndItsStatusHistory()
    {
        var judged = await api.JudgeAsync("valid-palindrome", Sources.Palindrome);

        judged.ShouldBe("Accepted");
        var stored = JudgeDatabase.Column(api.DataPath, "SELECT verdict FROM submissions WHERE id = $id", ("$id", judged.Id));
        var tests = JudgeDatabase.Column(api.DataPath, "SELECT name FROM test_results WHERE submission_id = $id ORDER BY ordinal", ("$id", judged.Id));
        var history = JudgeDatabase.Column(api.DataPath, "SELECT status FROM status_changes WHERE submission_id = $id ORDER BY rowid", ("$id", judged.Id));
        Assert.Equal(["Accepted"], stored);
        Assert.Equal(judged.Tests.Select(t => t.Name), tests);
        Assert.Equal(["Queued", "Compiling", "Running", "Completed"], history);
    }

    [Fact]
    public async Task List_IsNewestFirst_FilteredByProblemAndVerdict_AndPaged()
    {
        var client = api.CreateClient();
        var wrong = await JudgeApiFactory.JudgeAsync(client, "valid-palindrome", Sources.PalindromeCaseSensitive);
        var right = await JudgeApiFactory.JudgeAsync(client, "valid-palindrome", Sources.Palindrome);

        var all = await List(client, "?problemId=valid-palindrome&pageSize=100");
        var accepted = await List(client, "?problemId=valid-palindrome&verdict=Accepted&pageSize=100");
        var secondPage = await List(client, "?problemId=valid-palindrome&page=2&pageSize=1");

        var ids = Ids(all);
        Assert.True(ids.IndexOf(right.Id) < ids.IndexOf(wrong.Id), "newest first");
        Assert.Contains(right.Id, Ids(accepted));
        Assert.DoesNotContain(wrong.Id, Ids(accepted));
        Assert.All(accepted.GetProperty("items").EnumerateArray(), s => Assert.Equal("Accepted", s.GetProperty("verdict").GetString()));
        Assert.Equal(ids[1], Assert.Single(Ids(secondPage)));
        Assert.Equal(all.GetProperty("total").GetInt32(), secondPage.GetProperty("total").GetInt32());
    }

    [Theory]
    [InlineData("?page=0", "page")]
    [InlineData("?pageSize=101", "pageSize")]
    [InlineData("?verdict=Brilliant", "verdict")]
    public async Task List_BadQuery_Is400NamingTheField(string query, string field)
    {
        using var response = await api.CreateClient().GetAsync("/api/submissions" + query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"the problem names '{field}'");
    }

    [Fact]
    public async Task Submission_SurvivesARestart()
    {
        var dataPath = Directory.CreateTempSubdirectory("judge-restart-").FullName;
        try
        {
            SubmissionResult judged;
            using (var first = new JudgeApiFactory(dataPath))
            {
                judged = await first.JudgeAsync("valid-palindrome", Sources.PalindromeCaseSensitive);
            }
            using var second = new JudgeApiFactory(dataPath);

            var again = await second.CreateClient().GetFromJsonAsync<SubmissionResult>($"/api/submissions/{judged.Id}", JudgeApiFactory.Json);

            Assert.Equal("WrongAnswer", again!.Verdict);
            Assert.Equal(judged.Tests.Select(t => (t.Name, t.Verdict)), again.Tests.Select(t => (t.Name, t.Verdict)));
        }
        finally
        {
            Directory.Delete(dataPath, recursive: true);
        }
    }

    private static async Task<JsonElement> List(HttpClient client, string query) =>
        await client.GetFromJsonAsync<JsonElement>("/api/submissions" + query);

    private static List<string> Ids(JsonElement page) =>
        [.. page.GetProperty("items").EnumerateArray().Select(s => s.GetProperty("id").GetString()!)];
}
