using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Diagnostics;

namespace Judge.Api.Infrastructure;

/// <summary>
/// Every error is an RFC 9457 problem-details document, produced here: malformed JSON and oversized bodies
/// become 400 and 413 with the reason, and anything unexpected a 500 without internals.
/// </summary>
public static class ProblemDetailsSetup
{
    public static IServiceCollection AddJudgeProblemDetails(this IServiceCollection services)
    {
        services.Configure<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>(k => k.Limits.MaxRequestBodySize = MaxBodyBytes);
        services.AddProblemDetails();
        services.AddExceptionHandler<BadRequestHandler>();
        // Outside Development, minimal APIs answer an unreadable body with a bare 400; throwing lets BadRequestHandler say why.
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter());
            // Numbers are numbers: the web default also reads them from strings, which makes OpenAPI type every
            // number "integer or string" and the clients generated from it awkward.
            o.SerializerOptions.NumberHandling = JsonNumberHandling.Strict;
        });
        return services;
    }

    /// <summary>Bodies past this size are refused before they are read (413).</summary>
    public const long MaxBodyBytes = 1024 * 1024;

    public static WebApplication UseJudgeProblemDetails(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.Use(RefuseLargeBodies);
        return app;
    }

    /// <summary>
    /// Answers 413 as soon as a declared Content-Length is too large, without reading the body. Kestrel's own
    /// <c>MaxRequestBodySize</c> (set to the same value) catches chunked bodies that grow past it.
    /// </summary>
    private static async Task RefuseLargeBodies(HttpContext context, RequestDelegate next)
    {
        var limit = context.GetEndpoint()?.Metadata.GetMetadata<BodyLimit>()?.Bytes ?? MaxBodyBytes;
        if (limit != MaxBodyBytes && context.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } kestrel)
        {
            kestrel.MaxRequestBodySize = limit;
        }
        if (context.Request.ContentLength > limit)
        {
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails =
                {
                    Status = StatusCodes.Status413PayloadTooLarge,
                    Title = "The request body is too large.",
                    Detail = $"Bodies here are limited to {limit} bytes.",
                },
            });
            return;
        }
        await next(context);
    }

    /// <summary>Turns the framework's request errors (unreadable JSON, body too large) into problem details.</summary>
    private sealed class BadRequestHandler(IProblemDetailsService problems) : IExceptionHandler
    {
        public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancel)
        {
            if (exception is not BadHttpRequestException bad)
            {
                return false;
            }
            var tooLarge = bad.StatusCode == StatusCodes.Status413PayloadTooLarge;
            context.Response.StatusCode = bad.StatusCode;
            return await problems.TryWriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails =
                {
                    Status = bad.StatusCode,
                    Title = tooLarge ? "The request body is too large." : "The request body is not valid JSON.",
                    Detail = tooLarge
                        ? $"Bodies are limited to {MaxBodyBytes} bytes."
                        : Describe(bad),
                },
            });
        }

        private static string Describe(BadHttpRequestException bad) => bad switch
        {
            { InnerException: JsonException json } => $"Malformed JSON: {json.Message}",
            // An empty body or a JSON null: the framework's own words speak of parameters and services.
            _ when bad.Message.Contains("body", StringComparison.OrdinalIgnoreCase) => "The request needs a JSON object as its body.",
            _ => bad.Message,
        };
    }
}
