using System.Net;
using System.Net.Http.Json;
using System.Net.ServerSentEvents;
using System.Text.Json;
using Judge.Api.Tests.Infrastructure;
using Judge.Api.Tests.Submissions;

namespace Judge.Api.Tests.Storage;

/// <summary>The events stream shows each status change and each test as it finishes, then the result; late subscribers get a replay.</summary>
public sealed class SubmissionEventsTests(JudgeApiFactory api) : IClassFixture<JudgeApiFactory>
{
    [Fact]
    public async Task LiveSubmission_StreamsStatusesEachTestThenTheResult()
    {
        var client = api.CreateClient();
        using var posted = await client.PostAsJsonAsync("/api/submissions", new { problemId = "valid-palindrome", language = "csharp", source = Sources.Palindrome });
        var id = (await posted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;

        var events = await ReadEvents(client, id);

        var statuses = events.Where(e => e.EventType == "status").Select(e => Parse(e).GetProperty("status").GetString()).ToList();
        var tests = events.Where(e => e.EventType == "test").Select(e => Parse(e).GetProperty("name").GetString()).ToList();
        var result = Parse(events[^1]);
        Assert.Equal("result", events[^1].EventType);
        Assert.Equal("Completed", statuses[^1]);
        Assert.Contains("Running", statuses);
        // Running is recorded once a runner holds the submission, still before any test is reported.
        var running = events.FindIndex(e => e.EventType == "status" && Parse(e).GetProperty("status").GetString() == "Running");
        Assert.True(running < events.FindIndex(e => e.EventType == "test"), "A test was reported before the submission was Running.");
        Assert.Equal(result.GetProperty("tests").EnumerateArray().Select(t => t.GetProperty("name").GetString()), tests);
        Assert.Equal("Accepted", result.GetProperty("verdict").GetString());
    }

    [Fact]
    public async Task FinishedSubmission_ReplaysItsTestsAndResult()
    {
        var judged = await api.JudgeAsync("valid-palindrome", Sources.PalindromeCaseSensitive);

        var events = await ReadEvents(api.CreateClient(), judged.Id);

        Assert.Equal("status", events[0].EventType);
        Assert.Equal("Completed", Parse(events[0]).GetProperty("status").GetString());
        Assert.Equal(judged.Total, events.Count(e => e.EventType == "test"));
        Assert.Equal("WrongAnswer", Parse(events[^1]).GetProperty("verdict").GetString());
    }

    [Fact]
    public async Task HiddenTestEvents_CarryNoTestDataAndNoMessageTheSubmissionWrote()
    {
        var client = api.CreateClient();
        using var posted = await client.PostAsJsonAsync("/api/submissions", new { problemId = LeakyPairSum.Problem, language = "csharp", source = LeakyPairSum.Source });
        var id = (await posted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;

        var events = await ReadEvents(client, id);

        var tests = events.Where(e => e.EventType == "test").Select(Parse)
            .Concat(Parse(events[^1]).GetProperty("tests").EnumerateArray()).ToList();
        var hidden = tests.Where(t => t.GetProperty("group").GetString() != "samples").ToList();
        Assert.NotEmpty(hidden);
        Assert.All(hidden, LeakyPairSum.AssertShowsNothingOfItsOwn);
        // The samples' own leaks are allowed; nothing else in the stream may carry one.
        Assert.DoesNotContain(LeakyPairSum.Marker, LeakyPairSum.WithoutSampleLeaks(string.Concat(events.Select(e => e.Data))));
    }

    [Fact]
    public async Task UnknownSubmission_Is404()
    {
        using var response = await api.CreateClient().GetAsync("/api/submissions/nope/events");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static async Task<List<SseItem<string>>> ReadEvents(HttpClient client, string id)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        using var response = await client.GetAsync($"/api/submissions/{id}/events", HttpCompletionOption.ResponseHeadersRead, timeout.Token);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        var stream = await response.Content.ReadAsStreamAsync(timeout.Token);
        var events = new List<SseItem<string>>();
        await foreach (var item in SseParser.Create(stream).EnumerateAsync(timeout.Token))
        {
            events.Add(item);
        }
        return events;
    }

    private static JsonElement Parse(SseItem<string> item) => JsonDocument.Parse(item.Data).RootElement;
}
