using Judge.Api.Infrastructure;
using Judge.Engine.Problems;

namespace Judge.Api.Problems;

public static class ProblemEndpoints
{
    public static IServiceCollection AddProblems(this IServiceCollection services) =>
        services.AddSingleton<CachedRepresentations>();

    public static IEndpointRouteBuilder MapProblems(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/problems").WithTags("Problems");

        // Both answers carry an ETag, so editors can cache them and revalidate cheaply.
        group.MapGet("/", (ProblemCatalog problems, CachedRepresentations cached) =>
                cached.Get("problems", () => problems.All.Select(ProblemSummary.From).ToList()))
            .WithName("ListProblems")
            .WithSummary("List every problem: id, title, difficulty, tags and kind")
            .Produces<List<ProblemSummary>>()
            .WithETag();

        group.MapGet("/{id}", (string id, ProblemCatalog problems, CachedRepresentations cached) =>
                problems.Find(id) is { } problem
                    ? cached.Get($"problems/{id}", () => ProblemDetail.From(problem))
                    : TypedResults.Problem(title: "Unknown problem.", detail: $"There is no problem '{id}'.", statusCode: StatusCodes.Status404NotFound))
            .WithName("GetProblem")
            .WithSummary("Get a problem's statement (Markdown), starter code, limits and sample tests")
            .Produces<ProblemDetail>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithETag();
        return app;
    }
}
