using Microsoft.AspNetCore.Authentication;

namespace Judge.Api.Access;

/// <summary>
/// API keys, roles and per-caller rate limits. Two policies guard the endpoints: <see cref="Submit"/>
/// (any key) and <see cref="Grade"/> (grader or admin). With no keys configured both let everyone in.
/// Endpoints opt into the rate limit with <see cref="CallerRateLimit.RequireCallerRateLimit"/>.
/// </summary>
public static class AccessSetup
{
    public const string Submit = "submit";
    public const string Grade = "grade";

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
            limiter.OnRejected = CallerRateLimit.TooManyRequests;
            limiter.GlobalLimiter = CallerRateLimit.Create(access);
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
}
