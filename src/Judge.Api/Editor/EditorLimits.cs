using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Judge.Api.Editor;

/// <summary>
/// How editor requests share the judge with submissions. Each kind has its own cap on work at once
/// (<c>Editor:ConcurrentChecks</c>, <c>Editor:ConcurrentRuns</c>) and a short line behind it; past that line a
/// request gets 503 with Retry-After, so a flood of saves can neither pile up nor crowd out queued submissions.
/// Within the cap, a check takes the next free compiler directly: the compiler pool serves requests in the
/// order they come, and the submission queue never holds more compiles than there are judge workers.
/// </summary>
internal static class EditorLimits
{
    public const string Checks = "editor-checks";
    public const string Runs = "editor-runs";

    public static IServiceCollection AddEditorLimits(this IServiceCollection services) =>
        services.AddRateLimiter(limiter =>
        {
            limiter.AddPolicy(Checks, context => Concurrency(Checks, context, o => o.ConcurrentChecks));
            limiter.AddPolicy(Runs, context => Concurrency(Runs, context, o => o.ConcurrentRuns));
        });

    /// <summary>True for a request one of these caps turned away (answered by <see cref="Busy"/>, not as a caller's 429).</summary>
    public static bool Limits(HttpContext context) =>
        context.GetEndpoint()?.Metadata.GetMetadata<Microsoft.AspNetCore.RateLimiting.EnableRateLimitingAttribute>()?.PolicyName is Checks or Runs;

    /// <summary>One limiter per kind for the whole service (not per client): it guards the machine's cores.</summary>
    private static RateLimitPartition<string> Concurrency(string kind, HttpContext context, Func<EditorOptions, int> permits)
    {
        var options = context.RequestServices.GetRequiredService<IOptions<EditorOptions>>().Value;
        return RateLimitPartition.GetConcurrencyLimiter(kind, _ => new ConcurrencyLimiterOptions
        {
            PermitLimit = permits(options),
            QueueLimit = options.QueueLimit,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        });
    }

    public static ValueTask Busy(HttpContext context)
    {
        context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        context.Response.Headers.RetryAfter = "1";
        return context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status503ServiceUnavailable,
                Title = "The judge is busy.",
                Detail = "Too many editor requests are waiting. Retry after the number of seconds in Retry-After.",
            },
        });
    }
}
