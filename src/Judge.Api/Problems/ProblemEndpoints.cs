using Judge.Engine.Problems;

namespace Judge.Api.Problems;

public static class ProblemEndpoints
{
    public static IEndpointRouteBuilder MapProblems(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/problems").WithTags("Problems");

        group.MapGet("/", (ProblemCatalog problems) => TypedResults.Ok(problems.All.Select(ProblemSummary.From).ToList()))
            .WithName("ListProblems")
            .WithSummary("List every problem: id, title, difficulty, tags and kind");

        group.MapGet("/{id}", (string id, ProblemCatalog problems) =>
                problems.Find(id) is { } problem
                    ? Results.Ok(ProblemDetail.From(problem))
                    : TypedResults.Problem(title: "Unknown problem.", detail: $"There is no problem '{id}'.", statusCode: StatusCodes.Status404NotFound))
            .WithName("GetProblem")
            .WithSummary("Get a problem's statement (Markdown), starter code, limits and sample tests")
            .Produces<ProblemDetail>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }
}
