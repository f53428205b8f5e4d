using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Judge.Api.Editor;

/// <summary>
/// How editor requests share the judge with submissions. Each kind has its own cap on work at once
/// (<c>Editor:ConcurrentChecks</c>, <c>Editor:ConcurrentRuns</c>) and a short line behind it; past that line a
/// request gets 503 with Retry-After, so a flood of saves can neither pile up nor crowd out queued submissions.
/// Each request also counts against its caller's rate limit (<see cref="Access.CallerRateLimit"/>), checked first.
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
            limiter.AddPolicy(Checks, new Cap(Checks, o => o.ConcurrentChecks));
            limiter.AddPolicy(Runs, new Cap(Runs, o => o.ConcurrentRuns));
        });

    /// <summary>
    /// One limiter per kind for the whole service (not per client): it guards the machine's cores. A request it
    /// turns away is told the judge is busy (503), not that its caller is over its rate limit (429).
    /// </summary>
    private sealed class Cap(string kind, Func<EditorOptions, int> permits) : IRateLimiterPolicy<string>
    {
        public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected { get; } = (rejected, _) => Busy(rejected.HttpContext);

        public RateLimitPartition<string> GetPartition(HttpContext httpContext)
        {
            var options = httpContext.RequestServices.GetRequiredService<IOptions<EditorOptions>>().Value;
            return RateLimitPartition.GetConcurrencyLimiter(kind, _ => new ConcurrencyLimiterOptions
            {
                PermitLimit = permits(options),
                QueueLimit = options.QueueLimit,
                QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
            });
        }
    }

    private static ValueTask Busy(HttpContext context)
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
