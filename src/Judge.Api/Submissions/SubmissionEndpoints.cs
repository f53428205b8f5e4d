using Judge.Api.Infrastructure;
using Judge.Engine.Judging;
using Judge.Engine.Problems;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Judge.Api.Submissions;

public static class SubmissionEndpoints
{
    public static IServiceCollection AddSubmissions(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<ISubmissionStore, InMemorySubmissionStore>();
        services.AddSingleton<IJudgeQueue>(sp => new ChannelJudgeQueue(sp.GetRequiredService<IOptions<JudgeOptions>>().Value.QueueCapacity));
        services.AddHostedService<JudgeWorker>();
        return services;
    }

    public static IEndpointRouteBuilder MapSubmissions(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/submissions").WithTags("Submissions");

        group.MapPost("/", Submit)
            .WithName("CreateSubmission")
            .WithSummary("Submit a solution for judging")
            .WithDescription("Queues the source and answers 202 with its id. With ?wait=true, waits (bounded) and answers 200 with the finished result.")
            .Accepts<SubmissionRequest>("application/json")
            .Produces<SubmissionAccepted>(StatusCodes.Status202Accepted)
            .Produces<SubmissionView>(StatusCodes.Status200OK)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

        group.MapGet("/{id}", Get)
            .WithName("GetSubmission")
            .WithSummary("Get a submission's status, verdict and per-test results")
            .Produces<SubmissionView>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    private static async Task<IResult> Submit(
        [FromBody] SubmissionRequest? request,
        [FromQuery] bool? wait,
        ProblemCatalog problems,
        ISubmissionStore store,
        IJudgeQueue queue,
        TimeProvider clock,
        IOptions<JudgeOptions> options,
        CancellationToken cancel)
    {
        if (SubmissionValidator.Validate(request, problems, options.Value) is { } invalid)
        {
            return invalid;
        }
        var submission = new Submission(
            Guid.NewGuid().ToString("N"), request!.ProblemId!, request.Language!, request.Source!,
            clock.GetUtcNow(), JudgeStatus.Queued, null, []);
        store.Add(submission);
        if (!queue.TryEnqueue(submission.Id))
        {
            store.Remove(submission.Id);
            return new RetryLaterResult(TimeSpan.FromSeconds(5));
        }
        var location = $"/api/submissions/{submission.Id}";
        if (wait == true)
        {
            var latest = await store.WaitForCompletionAsync(submission.Id, TimeSpan.FromMilliseconds(options.Value.MaxWaitMs), cancel);
            if (latest is { Status: JudgeStatus.Completed })
            {
                return TypedResults.Ok(SubmissionView.From(latest));
            }
        }
        return TypedResults.Accepted(location, new SubmissionAccepted(submission.Id, store.Find(submission.Id)!.Status));
    }

    private static IResult Get(string id, ISubmissionStore store) =>
        store.Find(id) is { } submission
            ? TypedResults.Ok(SubmissionView.From(submission))
            : TypedResults.Problem(title: "Unknown submission.", detail: $"There is no submission '{id}'.", statusCode: StatusCodes.Status404NotFound);

    /// <summary>503 with Retry-After: the queue is full, and the client should come back rather than lose the work.</summary>
    private sealed class RetryLaterResult(TimeSpan after) : IResult
    {
        public Task ExecuteAsync(HttpContext context)
        {
            context.Response.Headers.RetryAfter = ((int)after.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
            return TypedResults.Problem(
                title: "The judge is busy.",
                detail: "The submission queue is full. Retry after the number of seconds in Retry-After.",
                statusCode: StatusCodes.Status503ServiceUnavailable).ExecuteAsync(context);
        }
    }
}
