using Judge.Api.Access;
using Judge.Api.Infrastructure;
using Judge.Core.Verdicts;
using Judge.Engine.Judging;
using Judge.Engine.Problems;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Judge.Api.Submissions;

public static class SubmissionEndpoints
{
    public const int MaxPageSize = 100;

    public static IEndpointRouteBuilder MapSubmissions(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/submissions").WithTags("Submissions")
            .RequireAuthorization(AccessSetup.Submit).RequireCallerRateLimit();

        group.MapPost("/", Submit)
            .WithName("CreateSubmission")
            .WithSummary("Submit a solution for judging")
            .WithDescription("Queues the source and answers 202 with its id. With ?wait=true, waits (bounded) and answers 200 with the finished result.")
            .Accepts<SubmissionRequest>("application/json")
            .Produces<SubmissionAccepted>(StatusCodes.Status202Accepted)
            .Produces<SubmissionView>(StatusCodes.Status200OK)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

        group.MapGet("/", List)
            .WithName("ListSubmissions")
            .WithSummary("List submissions, newest first, filtered and paged")
            .WithDescription("Submitters see their own submissions; graders and admins see all.")
            .Produces<SubmissionList>()
            .ProducesValidationProblem();

        group.MapGet("/{id}", Get)
            .WithName("GetSubmission")
            .WithSummary("Get a submission's status, verdict and per-test results")
            .Produces<SubmissionView>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/{id}/events", SubmissionEvents.Stream)
            .WithName("GetSubmissionEvents")
            .WithSummary("Follow a submission live (Server-Sent Events)")
            .WithDescription("Events: 'status' at each status change, 'test' as each test finishes, then 'result' with the whole submission, and the stream ends. A finished submission replays its events at once.")
            .Produces(StatusCodes.Status200OK, contentType: "text/event-stream")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    private static async Task<IResult> Submit(
        [FromBody] SubmissionRequest? request,
        [FromQuery] bool? wait,
        Caller caller,
        ProblemCatalog problems,
        ISubmissionStore store,
        SubmissionSignals signals,
        TimeProvider clock,
        IOptions<JudgeOptions> options,
        CancellationToken cancel)
    {
        if (SubmissionValidator.Validate(request, problems, options.Value) is { } invalid)
        {
            return invalid;
        }
        var submission = new Submission(
            Guid.NewGuid().ToString("N"), request!.ProblemId!, request.Language!, request.Source!, caller.Name,
            clock.GetUtcNow(), JudgeStatus.Queued, 0, null, [], request.CallbackUrl);
        // Take the change signal before the work can start, so a fast verdict is not missed by ?wait=true.
        var firstChange = signals.NextChange(submission.Id);
        if (!store.TryAdd(submission, options.Value.QueueCapacity))
        {
            signals.Changed(submission.Id);
            return RetryLater(TimeSpan.FromSeconds(5));
        }
        signals.WorkQueued();
        if (wait == true)
        {
            var latest = await WaitForCompletionAsync(submission.Id, firstChange, store, signals, TimeSpan.FromMilliseconds(options.Value.MaxWaitMs), cancel);
            if (latest is { Status: JudgeStatus.Completed })
            {
                return TypedResults.Ok(SubmissionView.From(latest));
            }
        }
        return TypedResults.Accepted($"/api/submissions/{submission.Id}", new SubmissionAccepted(submission.Id, JudgeStatus.Queued));
    }

    private static async Task<Submission?> WaitForCompletionAsync(
        string id, Task change, ISubmissionStore store, SubmissionSignals signals, TimeSpan timeout, CancellationToken cancel)
    {
        var deadline = Task.Delay(timeout, cancel);
        while (true)
        {
            if (await Task.WhenAny(change, deadline) == deadline)
            {
                return store.Find(id);
            }
            change = signals.NextChange(id);
            // Every test's result is a change: look at the status alone, and read the whole submission once.
            if (store.StatusOf(id) == JudgeStatus.Completed)
            {
                signals.Changed(id);
                return store.Find(id);
            }
        }
    }

    private static IResult List(
        Caller caller, ISubmissionStore store, string? problemId = null, string? verdict = null, int page = 1, int pageSize = 20)
    {
        var errors = new Dictionary<string, string[]>();
        Verdict? wanted = null;
        if (verdict is not null)
        {
            if (Enum.TryParse<Verdict>(verdict, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed))
            {
                wanted = parsed;
            }
            else
            {
                errors["verdict"] = [$"Unknown verdict '{verdict}'; use one of {string.Join(", ", Enum.GetNames<Verdict>())}."];
            }
        }
        if (page < 1)
        {
            errors["page"] = ["The page must be 1 or more."];
        }
        if (pageSize is < 1 or > MaxPageSize)
        {
            errors["pageSize"] = [$"The pageSize must be between 1 and {MaxPageSize}."];
        }
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The query is not valid.");
        }
        var found = store.List(new SubmissionQuery(problemId, wanted, caller.OwnerFilter, page, pageSize));
        return TypedResults.Ok(new SubmissionList([.. found.Items.Select(SubmissionSummary.From)], page, pageSize, found.Total));
    }

    private static IResult Get(string id, Caller caller, ISubmissionStore store) =>
        Visible(id, caller, store) is { } submission ? TypedResults.Ok(SubmissionView.From(submission)) : UnknownSubmission(id);

    /// <summary>The submission if this caller may see it. Someone else's is reported as unknown, not forbidden, so ids cannot be probed.</summary>
    internal static Submission? Visible(string id, Caller caller, ISubmissionStore store) =>
        store.Find(id) is { } submission && caller.MaySee(submission.Owner) ? submission : null;

    internal static IResult UnknownSubmission(string id) =>
        TypedResults.Problem(title: "Unknown submission.", detail: $"There is no submission '{id}'.", statusCode: StatusCodes.Status404NotFound);

    /// <summary>503 with Retry-After: the queue is full, and the client should come back rather than lose the work.</summary>
    internal static IResult RetryLater(TimeSpan after) => new RetryLaterResult(after);

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
