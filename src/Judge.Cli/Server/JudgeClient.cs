using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Judge.Cli.Server;

/// <summary>
/// The service's HTTP API, as the command-line tool uses it: JSON in and out, the API key in <c>X-Api-Key</c>,
/// Server-Sent Events for live progress. Every failure becomes a <see cref="CliException"/> whose message says
/// what went wrong (the problem details' title, detail and field errors) and whose exit code says whose fault it was.
/// </summary>
public sealed class JudgeClient : IDisposable
{
    public const string ApiKeyHeader = "X-Api-Key";

    /// <summary>How often a busy server (429 or 503) is asked again, and the longest Retry-After honoured.</summary>
    private const int BusyRetries = 3;
    private static readonly TimeSpan LongestRetryAfter = TimeSpan.FromSeconds(30);

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    private readonly HttpClient http;
    private readonly Action<string> note;

    public JudgeClient(Uri server, string? apiKey, Action<string> note, HttpMessageHandler? handler = null)
    {
        http = handler is null ? new HttpClient() : new HttpClient(handler);
        http.BaseAddress = server;
        http.Timeout = TimeSpan.FromSeconds(100);
        http.DefaultRequestHeaders.UserAgent.Add(new ProductInfoHeaderValue("judge-cli", typeof(JudgeClient).Assembly.GetName().Version?.ToString() ?? "1.0"));
        if (!string.IsNullOrEmpty(apiKey))
        {
            http.DefaultRequestHeaders.Add(ApiKeyHeader, apiKey);
        }
        this.note = note;
    }

    public Uri Server => http.BaseAddress!;

    public async Task<T> GetAsync<T>(string path, CancellationToken cancel)
    {
        using var response = await SendAsync(() => new HttpRequestMessage(HttpMethod.Get, path), HttpCompletionOption.ResponseContentRead, cancel);
        return await ReadAsync<T>(response, cancel);
    }

    public async Task<string> GetTextAsync(string path, CancellationToken cancel)
    {
        using var response = await SendAsync(() => new HttpRequestMessage(HttpMethod.Get, path), HttpCompletionOption.ResponseContentRead, cancel);
        return await response.Content.ReadAsStringAsync(cancel);
    }

    public async Task<T> PostAsync<T>(string path, object body, CancellationToken cancel)
    {
        using var response = await SendAsync(
            () => new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body, options: Json) },
            HttpCompletionOption.ResponseContentRead,
            cancel);
        return await ReadAsync<T>(response, cancel);
    }

    /// <summary>A Server-Sent Events stream, item by item as the server sends them, until it ends.</summary>
    public async IAsyncEnumerable<SseItem<string>> EventsAsync(string path, [EnumeratorCancellation] CancellationToken cancel)
    {
        using var response = await SendAsync(() => new HttpRequestMessage(HttpMethod.Get, path), HttpCompletionOption.ResponseHeadersRead, cancel);
        await using var stream = await response.Content.ReadAsStreamAsync(cancel);
        await foreach (var item in SseParser.Create(stream).EnumerateAsync(cancel))
        {
            yield return item;
        }
    }

    public static T Parse<T>(string json) =>
        JsonSerializer.Deserialize<T>(json, Json) ?? throw new CliException(ExitCodes.Server, "The server sent an empty answer.");

    public void Dispose() => http.Dispose();

    /// <summary>Sends, retrying while the server says it is busy (429 or 503 with a short Retry-After); any other failure throws.</summary>
    private async Task<HttpResponseMessage> SendAsync(Func<HttpRequestMessage> request, HttpCompletionOption completion, CancellationToken cancel)
    {
        for (var attempt = 1; ; attempt++)
        {
            HttpResponseMessage response;
            using (var message = request())
            {
                try
                {
                    response = await http.SendAsync(message, completion, cancel);
                }
                catch (HttpRequestException e)
                {
                    throw new CliException(ExitCodes.Server, $"Cannot reach the judge at {Server}: {e.Message}", e);
                }
                catch (TaskCanceledException e) when (!cancel.IsCancellationRequested)
                {
                    throw new CliException(ExitCodes.Server, $"The judge at {Server} did not answer within {http.Timeout.TotalSeconds:0} s.", e);
                }
            }
            if (response.IsSuccessStatusCode)
            {
                return response;
            }
            using (response)
            {
                if (Busy(response) is { } wait && attempt <= BusyRetries)
                {
                    note($"The judge is busy ({(int)response.StatusCode}); trying again in {wait.TotalSeconds:0} s.");
                    await Task.Delay(wait, cancel);
                    continue;
                }
                throw await ErrorAsync(response, cancel);
            }
        }
    }

    /// <summary>How long a busy server asked us to wait, when it is short enough to wait here.</summary>
    private static TimeSpan? Busy(HttpResponseMessage response)
    {
        if (response.StatusCode is not (HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable))
        {
            return null;
        }
        var retryAfter = response.Headers.RetryAfter;
        var wait = retryAfter?.Delta ?? (retryAfter?.Date - DateTimeOffset.UtcNow) ?? TimeSpan.FromSeconds(1);
        return wait <= LongestRetryAfter ? TimeSpan.FromSeconds(Math.Max(1, Math.Ceiling(wait.TotalSeconds))) : null;
    }

    private async Task<T> ReadAsync<T>(HttpResponseMessage response, CancellationToken cancel)
    {
        try
        {
            return await response.Content.ReadFromJsonAsync<T>(Json, cancel)
                ?? throw new CliException(ExitCodes.Server, $"The judge at {Server} sent an empty answer.");
        }
        catch (JsonException e)
        {
            throw new CliException(ExitCodes.Server, $"The judge at {Server} sent an answer this tool cannot read: {e.Message}", e);
        }
    }

    private async Task<CliException> ErrorAsync(HttpResponseMessage response, CancellationToken cancel)
    {
        var status = (int)response.StatusCode;
        var details = await ProblemDetailsText.ReadAsync(response, cancel);
        var (code, advice) = response.StatusCode switch
        {
            HttpStatusCode.Unauthorized => (ExitCodes.Server, $" Give the server's API key with --api-key or {Connection.JudgeSettings.ApiKeyVariable}."),
            HttpStatusCode.Forbidden => (ExitCodes.Server, " This key's role may not do that (batches need a grader or admin key)."),
            HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable => (ExitCodes.Server, RetryAdvice(response)),
            _ when status >= 500 => (ExitCodes.Server, ""),
            _ => (ExitCodes.Usage, ""),
        };
        return new CliException(code, $"The judge at {Server} answered {status}: {details.TrimEnd('.')}.{advice}");
    }

    private static string RetryAdvice(HttpResponseMessage response) =>
        response.Headers.RetryAfter?.Delta is { } delta ? $" Try again in {delta.TotalSeconds:0} s." : " Try again later.";
}
