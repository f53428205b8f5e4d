using Judge.Api.Submissions;
using Judge.Engine.Problems;
using Judge.Sandbox;

namespace Judge.Api.Health;

public static class HealthEndpoints
{
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapGet("/healthz", (WorkerLauncher launcher, ProblemCatalog problems, ISubmissionStore store) =>
                TypedResults.Ok(new HealthView("ok", launcher.Status, problems.All.Count, store.CountQueued())))
            .WithTags("Health")
            .WithName("Health")
            .WithSummary("Liveness, the isolation in force (namespaces, cgroup version), problems loaded and queue depth");
        return app;
    }

    public sealed record HealthView(string Status, SandboxStatus Sandbox, int Problems, int Queued);
}
