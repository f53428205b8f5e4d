using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace Judge.Api.Access;

/// <summary>
/// One token bucket of <see cref="AccessOptions.PermitsPerMinute"/> per caller (per key when keys are configured,
/// per client address when open), shared by every endpoint that asks for it. It is the rate limiter's global
/// limiter rather than an endpoint policy because an endpoint takes one policy only, and the editor endpoints
/// already have theirs (a concurrency cap): the global limiter runs first, so a caller over its limit is turned
/// away before it waits in an editor line.
/// </summary>
public static class CallerRateLimit
{
    /// <summary>Counts each request to these endpoints against its caller's bucket.</summary>
    public static TBuilder RequireCallerRateLimit<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder => builder.WithMetadata(Marker.Instance);

    public static PartitionedRateLimiter<HttpContext> Create(AccessOptions access) =>
        new OnePermitPerRequest(PartitionedRateLimiter.Create<HttpContext, string>(context =>
            context.GetEndpoint()?.Metadata.GetMetadata<Marker>() is null
                ? RateLimitPartition.GetNoLimiter("")
                : BucketFor(context, access)));

    private static RateLimitPartition<string> BucketFor(HttpContext context, AccessOptions access)
    {
        var caller = Caller.From(context.User);
        var permits = access.Keys.FirstOrDefault(k => k.Name == caller.Name)?.PermitsPerMinute ?? access.PermitsPerMinute;
        var partition = context.User.Identity?.IsAuthenticated == true
            ? "key:" + caller.Name
            : "address:" + context.Connection.RemoteIpAddress;
        return RateLimitPartition.GetTokenBucketLimiter(partition, _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = permits,
            TokensPerPeriod = permits,
            ReplenishmentPeriod = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        });
    }

    /// <summary>The answer when the bucket is empty: 429 with Retry-After (an endpoint's own limiter answers for itself).</summary>
    public static async ValueTask TooManyRequests(OnRejectedContext rejected, CancellationToken cancel)
    {
        var context = rejected.HttpContext;
        var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : TimeSpan.FromSeconds(60);
        context.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails =
            {
                Status = StatusCodes.Status429TooManyRequests,
                Title = "Too many requests.",
                Detail = "This caller's rate limit is used up. Retry after the number of seconds in Retry-After.",
            },
        });
    }

    private sealed class Marker
    {
        public static readonly Marker Instance = new();
    }
}
