using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Judge.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace Judge.Api.Tests.Submissions;

/// <summary>A full queue turns new work away with 503, Retry-After and a problem body, so clients come back instead of losing it.</summary>
public sealed class FullQueueTests
{
    /// <summary>
    /// Correct, but about 300 ms per test, so one worker stays busy for seconds. It sleeps rather than spins so the
    /// test holds the queue without taking a core from the tests running beside it; the limit is 1000 ms per test.
    /// </summary>
    private const string SlowPalindrome = $$"""
        using System.Linq;

        public class Solution
        {
            public bool IsPalindrome(string s)
            {
                System.Threading.Thread.Sleep(300);
                return {{Sources.PalindromeExpression}};
            }
        }
        """;

    [Fact]
    public async Task Submit_WhenTheQueueIsFull_Is503WithRetryAfterAndAProblem()
    {
        using var api = new OneSlotQueueApiFactory();

        using var refused = await SubmitUntilRefusedAsync(api.CreateClient());

        await AssertBusyAsync(refused);
    }

    [Fact]
    public async Task Batch_WhenTheQueueIsFull_Is503WithRetryAfterAndAProblem()
    {
        using var api = new OneSlotQueueApiFactory();
        var client = api.CreateClient();
        (await SubmitUntilRefusedAsync(client)).Dispose();

        using var refused = await client.PostAsJsonAsync("/api/batches", new
        {
            title = "Too late",
            submissions = new[] { new { candidate = "ada", problemId = "valid-palindrome", source = Sources.Palindrome } },
        });

        await AssertBusyAsync(refused);
    }

    /// <summary>
    /// One submission is judged and one waits; the next is refused. The worker may take the first before the second
    /// arrives, so the refusal comes on the second or the third post.
    /// </summary>
    private static async Task<HttpResponseMessage> SubmitUntilRefusedAsync(HttpClient client)
    {
        for (var posted = 0; posted < 3; posted++)
        {
            var response = await client.PostAsJsonAsync("/api/submissions", new { problemId = "valid-palindrome", language = "csharp", source = SlowPalindrome });
            if (response.StatusCode != HttpStatusCode.Accepted)
            {
                return response;
            }
            response.Dispose();
        }
        throw new Xunit.Sdk.XunitException("Three submissions were queued with room for one and one worker.");
    }

    private static async Task AssertBusyAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.True(response.Headers.RetryAfter?.Delta > TimeSpan.Zero, $"Retry-After: {response.Headers.RetryAfter}");
        // RFC 9457: the problem's own media type, with its status and a title.
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(503, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("title").GetString()));
    }

    /// <summary>Room for one waiting submission and one worker to judge: the smallest queue that can fill.</summary>
    private sealed class OneSlotQueueApiFactory : JudgeApiFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Judge:QueueCapacity", "1");
            builder.UseSetting("Judge:Workers", "1");
        }
    }
}
