using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Text.Json;
using Judge.Api.Callbacks;
using Judge.Api.Tests.Infrastructure;
using Judge.Api.Tests.Submissions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace Judge.Api.Tests.Storage;

/// <summary>A finished result is POSTed to the callback URL, signed, and retried when the receiver fails.</summary>
public sealed class CallbackTests : IAsyncLifetime
{
    private const string Secret = "test-callback-secret";
    private readonly ConcurrentQueue<Delivery> deliveries = new();
    private WebApplication? receiver;
    private int failuresLeft = 2;

    private sealed record Delivery(string Body, string? Timestamp, string? Signature, DateTimeOffset At);

    public async Task InitializeAsync()
    {
        // A real HTTP receiver on a free port: it fails twice, then accepts.
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        receiver = builder.Build();
        receiver.MapPost("/hook", async (HttpRequest request) =>
        {
            var body = await new StreamReader(request.Body).ReadToEndAsync();
            deliveries.Enqueue(new Delivery(body, request.Headers[CallbackSignature.TimestampHeader], request.Headers[CallbackSignature.SignatureHeader], DateTimeOffset.UtcNow));
            return Interlocked.Decrement(ref failuresLeft) >= 0 ? Results.StatusCode(500) : Results.Ok();
        });
        await receiver.StartAsync();
    }

    public async Task DisposeAsync() => await receiver!.DisposeAsync();

    [Fact]
    public async Task FinishedResult_IsPostedSignedAndRetriedUntilAccepted()
    {
        using var api = new CallbackApiFactory();
        var hook = receiver!.Urls.Single() + "/hook";

        var judged = await PostAndWait(api.CreateClient(), hook);
        var all = await WaitForDeliveries(3);

        Assert.All(all, d => Assert.True(CallbackSignature.Verify(Secret, d.Timestamp!, d.Body, d.Signature!), "each delivery is signed"));
        var result = JsonDocument.Parse(all[^1].Body).RootElement;
        Assert.Equal(judged.Id, result.GetProperty("id").GetString());
        Assert.Equal("Accepted", result.GetProperty("verdict").GetString());
        // Backoff: the first retry waits at least 200 ms, the second at least twice that.
        Assert.True(all[1].At - all[0].At >= TimeSpan.FromMilliseconds(190), $"first wait {all[1].At - all[0].At}");
        Assert.True(all[2].At - all[1].At >= TimeSpan.FromMilliseconds(390), $"second wait {all[2].At - all[1].At}");
        await Task.Delay(600);
        Assert.Equal(3, deliveries.Count);
        Assert.Equal(["delivered"], JudgeDatabase.Column(api.DataPath, "SELECT callback_state FROM submissions WHERE id = $id", ("$id", judged.Id)));
    }

    [Fact]
    public async Task DeliveredResult_CarriesNoHiddenTestDataAndNoMessageTheSubmissionWrote()
    {
        using var api = new CallbackApiFactory();
        var hook = receiver!.Urls.Single() + "/hook";

        await PostAndWait(api.CreateClient(), hook, LeakyPairSum.Problem, LeakyPairSum.Source);
        var body = (await WaitForDeliveries(3))[^1].Body;

        var hidden = JsonDocument.Parse(body).RootElement.GetProperty("tests").EnumerateArray()
            .Where(t => t.GetProperty("group").GetString() != "samples").ToList();
        Assert.NotEmpty(hidden);
        Assert.All(hidden, LeakyPairSum.AssertShowsNothingOfItsOwn);
        Assert.DoesNotContain(LeakyPairSum.Marker, LeakyPairSum.WithoutSampleLeaks(body));
    }

    [Fact]
    public async Task CallbackUrl_ThatIsNotHttp_Is400()
    {
        using var api = new CallbackApiFactory();
        using var response = await api.CreateClient().PostAsJsonAsync("/api/submissions",
            new { problemId = "valid-palindrome", language = "csharp", source = Sources.Palindrome, callbackUrl = "file:///etc/passwd" });

        Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("callbackUrl", out _));
    }

    private static async Task<SubmissionResult> PostAndWait(
        HttpClient client, string hook, string problemId = "valid-palindrome", string source = Sources.Palindrome)
    {
        using var response = await client.PostAsJsonAsync("/api/submissions?wait=true",
            new { problemId, language = "csharp", source, callbackUrl = hook });
        return (await response.Content.ReadFromJsonAsync<SubmissionResult>(JudgeApiFactory.Json))!;
    }

    private async Task<List<Delivery>> WaitForDeliveries(int count)
    {
        for (var waited = 0; deliveries.Count < count && waited < 30_000; waited += 100)
        {
            await Task.Delay(100);
        }
        Assert.Equal(count, deliveries.Count);
        return [.. deliveries];
    }

    private sealed class CallbackApiFactory : JudgeApiFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Callbacks:Secret", Secret);
            builder.UseSetting("Callbacks:FirstRetryDelayMs", "200");
        }
    }
}
