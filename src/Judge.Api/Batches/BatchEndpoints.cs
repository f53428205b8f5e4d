using Judge.Api.Access;
using Judge.Api.Infrastructure;
using Judge.Api.Submissions;
using Judge.Engine.Judging;
using Judge.Engine.Problems;
using Judge.Grading.Reports;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace Judge.Api.Batches;

/// <summary>Batch grading for hiring teams and teachers: upload many candidates' solutions, follow progress, fetch reports.</summary>
public static class BatchEndpoints
{
    public static IEndpointRouteBuilder MapBatches(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/batches").WithTags("Batches")
            .RequireAuthorization(AccessSetup.Grade).RequireCallerRateLimit();

        group.MapPost("/", Create)
            .WithName("CreateBatch")
            .WithSummary("Grade many candidates at once")
            .WithDescription("Body: a zip of <candidate>/<problemId>.cs files (Content-Type: application/zip; ?title= names the batch), or JSON { title, submissions: [{ candidate, problemId, source }] }. Every solution is queued; 202 with the batch id.")
            .Accepts<BatchUpload.JsonBatch>("application/json", "application/zip")
            .Produces<BatchAccepted>(StatusCodes.Status202Accepted)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .WithMetadata(new BodyLimit(app.ServiceProvider.GetRequiredService<IOptions<JudgeOptions>>().Value.MaxBatchBytes));

        group.MapGet("/{id}", Get)
            .WithName("GetBatch")
            .WithSummary("A batch's progress and its candidate × problem matrix")
            .Produces<BatchView>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/{id}/report", Report)
            .WithName("GetBatchReport")
            .WithSummary("The batch's report: json, csv, or one self-contained html page")
            .WithDescription("The matrix with totals and ranking, per-test results (inputs only for sample tests), compile messages, sources, and the pairs of solutions that look copied.")
            .Produces(StatusCodes.Status200OK, contentType: "text/html")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    private static async Task<IResult> Create(
        HttpRequest request,
        Caller caller,
        ProblemCatalog problems,
        IBatchStore batches,
        SubmissionSignals signals,
        TimeProvider clock,
        IOptions<JudgeOptions> options,
        IOptions<JsonOptions> json,
        CancellationToken cancel)
    {
        var (parsed, errors) = await ReadUpload(request, problems, options.Value, json.Value, cancel);
        if (parsed is null)
        {
            return errors is null
                ? TypedResults.Problem(title: "Unsupported upload.", detail: "Send application/zip or application/json.", statusCode: StatusCodes.Status415UnsupportedMediaType)
                : TypedResults.ValidationProblem(errors, title: "The batch is not valid.");
        }
        var now = clock.GetUtcNow();
        var submissions = parsed.Sources
            .Select(s => new Submission(Guid.NewGuid().ToString("N"), s.ProblemId, SubmissionValidator.Language, s.Source, caller.Name, now, JudgeStatus.Queued, 0, null, []))
            .ToList();
        var batch = new Batch(
            Guid.NewGuid().ToString("N"), parsed.Title, caller.Name, now,
            [.. parsed.Sources.Zip(submissions, (s, queued) => new BatchEntry(s.Candidate, s.ProblemId, queued.Id))]);
        if (!batches.TryAdd(batch, submissions, options.Value.QueueCapacity))
        {
            return SubmissionEndpoints.RetryLater(TimeSpan.FromSeconds(30));
        }
        foreach (var _ in submissions)
        {
            signals.WorkQueued();
        }
        return TypedResults.Accepted($"/api/batches/{batch.Id}", new BatchAccepted(batch.Id, submissions.Count));
    }

    private static async Task<(BatchUpload.Parsed?, Dictionary<string, string[]>?)> ReadUpload(
        HttpRequest request, ProblemCatalog problems, JudgeOptions options, JsonOptions json, CancellationToken cancel)
    {
        if (request.HasJsonContentType())
        {
            BatchUpload.JsonBatch? body;
            try
            {
                body = await request.ReadFromJsonAsync<BatchUpload.JsonBatch>(json.SerializerOptions, cancel);
            }
            catch (System.Text.Json.JsonException e)
            {
                return (null, new() { ["body"] = [$"The body is not valid JSON: {e.Message}"] });
            }
            return BatchUpload.FromJson(body, problems, options);
        }
        if (request.ContentType?.StartsWith("application/zip", StringComparison.OrdinalIgnoreCase) == true)
        {
            // ZipArchive needs to seek; the body is bounded by MaxBatchBytes, so it is buffered in memory.
            using var buffer = new MemoryStream();
            await request.Body.CopyToAsync(buffer, cancel);
            buffer.Position = 0;
            return BatchUpload.FromZip(buffer, request.Query["title"].FirstOrDefault(), problems, options);
        }
        return (null, null);
    }

    private static IResult Get(string id, IBatchStore batches, ISubmissionStore submissions) =>
        batches.Find(id) is { } batch ? TypedResults.Ok(BatchViews.From(batch, submissions)) : UnknownBatch(id);

    private static IResult Report(string id, IBatchStore batches, ISubmissionStore submissions, ProblemCatalog problems, string format = "html")
    {
        if (batches.Find(id) is not { } batch)
        {
            return UnknownBatch(id);
        }
        var report = BatchViews.Report(batch, submissions, problems);
        var file = $"batch-{id}.{format}";
        return format switch
        {
            "json" => TypedResults.Text(JsonReport.Write(report), "application/json"),
            "csv" => Download(CsvReport.Write(report), "text/csv", file),
            "html" => TypedResults.Text(HtmlReport.Write(report), "text/html"),
            _ => TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { ["format"] = [$"Unknown format '{format}'; use json, csv or html."] },
                title: "The query is not valid."),
        };
    }

    private static IResult Download(string text, string contentType, string fileName) =>
        TypedResults.File(System.Text.Encoding.UTF8.GetBytes(text), contentType + "; charset=utf-8", fileName);

    internal static IResult UnknownBatch(string id) =>
        TypedResults.Problem(title: "Unknown batch.", detail: $"There is no batch '{id}'.", statusCode: StatusCodes.Status404NotFound);
}
