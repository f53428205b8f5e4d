using System.Globalization;
using System.Text;
using System.Text.Json;
using Judge.Api.Submissions;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace Judge.Api.Callbacks;

/// <summary>
/// POSTs each finished result to its callback URL, retrying with exponential backoff when the receiver
/// fails or cannot be reached. A 2xx answer ends the deliveries; any other answer counts as a failure.
/// </summary>
public sealed class CallbackSender(
    ICallbackOutbox outbox,
    ISubmissionStore store,
    IHttpClientFactory clients,
    TimeProvider clock,
    IOptions<CallbackOptions> options,
    IOptions<JsonOptions> json,
    ILogger<CallbackSender> log) : BackgroundService
{
    public const string HttpClientName = "callbacks";
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(250);

    protected override async Task ExecuteAsync(CancellationToken stopping)
    {
        using var timer = new PeriodicTimer(Poll, clock);
        while (await timer.WaitForNextTickAsync(stopping))
        {
            foreach (var due in outbox.Due(clock.GetUtcNow(), limit: 20))
            {
                await DeliverAsync(due, stopping);
            }
        }
    }

    private async Task DeliverAsync(DueCallback due, CancellationToken stopping)
    {
        var submission = store.Find(due.SubmissionId);
        if (submission is null)
        {
            outbox.Failed(due.SubmissionId, retryAt: null);
            return;
        }
        var body = JsonSerializer.Serialize(SubmissionView.From(submission), json.Value.SerializerOptions);
        var error = await PostAsync(due.Url, body, stopping);
        if (error is null)
        {
            outbox.Delivered(due.SubmissionId);
            return;
        }
        var attempts = due.Attempts + 1;
        var giveUp = attempts >= options.Value.MaxAttempts;
        DateTimeOffset? retryAt = giveUp ? null : clock.GetUtcNow().AddMilliseconds(options.Value.FirstRetryDelayMs * Math.Pow(2, attempts - 1));
        outbox.Failed(due.SubmissionId, retryAt);
        log.LogWarning("Callback for {Id} to {Url} failed ({Error}); {Next}", due.SubmissionId, due.Url, error,
            giveUp ? $"giving up after {attempts} attempts" : $"retrying at {retryAt:O}");
    }

    /// <summary>Null when delivered, else why not.</summary>
    private async Task<string?> PostAsync(string url, string body, CancellationToken stopping)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        var timestamp = clock.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        request.Headers.Add(CallbackSignature.TimestampHeader, timestamp);
        if (!string.IsNullOrEmpty(options.Value.Secret))
        {
            request.Headers.Add(CallbackSignature.SignatureHeader, CallbackSignature.Sign(options.Value.Secret, timestamp, body));
        }
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(stopping);
        timeout.CancelAfter(options.Value.TimeoutMs);
        try
        {
            using var response = await clients.CreateClient(HttpClientName).SendAsync(request, timeout.Token);
            return response.IsSuccessStatusCode ? null : $"HTTP {(int)response.StatusCode}";
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !stopping.IsCancellationRequested)
        {
            return e.Message;
        }
    }
}
