using Judge.Api.Submissions;
using Judge.Engine;
using OpenTelemetry.Metrics;

namespace Judge.Api.Infrastructure;

/// <summary>Prometheus-format metrics at <c>/metrics</c>: the engine's <see cref="JudgeMetrics"/>, exported by OpenTelemetry.</summary>
public static class MetricsSetup
{
    public static IServiceCollection AddJudgeMetrics(this IServiceCollection services)
    {
        services.AddOpenTelemetry().WithMetrics(metrics => metrics
            .AddMeter(JudgeMetrics.MeterName)
            .AddPrometheusExporter());
        return services;
    }

    public static IEndpointRouteBuilder MapJudgeMetrics(this IEndpointRouteBuilder app)
    {
        var store = app.ServiceProvider.GetRequiredService<ISubmissionStore>();
        app.ServiceProvider.GetRequiredService<JudgeMetrics>().ObserveQueueDepth(store.CountQueued);
        app.MapPrometheusScrapingEndpoint().WithTags("Health").WithSummary("Metrics in Prometheus format: verdicts, queue depth, latencies, pools, worker recycles");
        return app;
    }
}
