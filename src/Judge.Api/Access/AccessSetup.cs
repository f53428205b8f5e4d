using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.RateLimiting;

namespace Judge.Api.Access;

/// <summary>
/// API keys, roles and per-caller rate limits. Two policies guard the endpoints: <see cref="Submit"/>
/// (any key) and <see cref="Grade"/> (grader or admin). With no keys configured both let everyone in.
/// </summary>
public static class AccessSetup
{
    public const string Submit = "submit";
    public const string Grade = "grade";
    public const string RateLimit = "per-caller";

    public static IServiceCollection AddJudgeAccess(this IServiceCollection services, IConfiguration configuration)
    {
        var access = configuration.GetSection(AccessOptions.Section).Get<AccessOptions>() ?? new AccessOptions();
        var open = access.Keys.Count == 0;
        services.Configure<AccessOptions>(configuration.GetSection(AccessOptions.Section));
        services.AddAuthentication(ApiKeyAuthentication.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthentication>(ApiKeyAuthentication.SchemeName, null);
        services.AddAuthorizationBuilder()
            .AddPolicy(Submit, p => _ = open ? p.RequireAssertion(_ => true) : p.RequireAuthenticatedUser())
            .AddPolicy(Grade, p => _ = open ? p.RequireAssertion(_ => true) : p.RequireRole(nameof(Role.Grader), nameof(Role.Admin)));
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = TooManyRequests;
            limiter.AddPolicy(RateLimit, context => PartitionFor(context, access));
        });
        return services;
    }

    public static WebApplication UseJudgeAccess(this WebApplication app)
    {
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        if (app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<AccessOptions>>().Value.Keys.Count == 0)
        {
            app.Logger.LogWarning("No API keys are configured: the API is OPEN to anyone who can reach it (fine for local use). Configure Access:Keys to require keys.");
        }
        return app;
    }

    /// <summary>One token bucket per caller: per key when keys are configured, per client address when open.</summary>
    private static RateLimitPartition<string> PartitionFor(HttpContext context, AccessOptions access)
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

    private static async ValueTask TooManyRequests(OnRejectedContext rejected, CancellationToken cancel)
    {
        var context = rejected.HttpContext;
        if (Editor.EditorLimits.Limits(context))
        {
            await Editor.EditorLimits.Busy(context);
            return;
        }
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
}
