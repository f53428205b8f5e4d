using Judge.Api.Access;
using Judge.Api.Infrastructure;
using Judge.Engine.Judging;
using Judge.Engine.Problems;
using Microsoft.Extensions.Options;

namespace Judge.Api.Editor;

/// <summary>
/// What an editor calls between submissions: a check on save (<c>POST /api/diagnostics</c>) and a run on the
/// samples or the user's own inputs (<c>POST /api/runs</c>). Neither is stored or waits in the submission
/// queue; both take the same sandboxed compilers and runners as submissions, each kind capped (see <see cref="EditorLimits"/>).
/// </summary>
public static class EditorEndpoints
{
    private const string DiagnosticsTitle = "The diagnostics request is not valid.";
    private const string RunTitle = "The run is not valid.";

    public static IServiceCollection AddEditor(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<EditorOptions>().Bind(configuration.GetSection(EditorOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<EditorRuns>();
        services.AddEditorLimits();
        return services;
    }

    public static WebApplication MapEditor(this WebApplication app)
    {
        // Rate limiting itself is switched on by UseJudgeAccess: the caller's own limit, then each kind's concurrency cap.
        var group = app.MapGroup("/api").WithTags("Editor")
            .RequireAuthorization(AccessSetup.Submit).RequireCallerRateLimit();

        group.MapPost("/diagnostics", Diagnose)
            .WithName("CheckSource")
            .WithSummary("Compile a source for a problem and report its diagnostics, without running it")
            .WithDescription("Roslyn's errors and warnings plus the judge's own checks (JUDGE001 missing entry point, JUDGE100 forbidden API, "
                + "JUDGE101 problem restriction), at 1-based lines and columns of the sent text. Fast enough to call on every save; nothing is stored.")
            .Produces<DiagnosticsResult>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .RequireRateLimiting(EditorLimits.Checks);

        group.MapPost("/runs", Run)
            .WithName("RunCode")
            .WithSummary("Run a source on the problem's samples or on inputs of your own, and show every test in full")
            .WithDescription("Without tests, runs the sample tests. With tests, the problem's accepted reference solution computes each input's "
                + "expected output (a test it cannot compute is shown as not checked, with a null verdict). Same limits as a submission; nothing is stored.")
            .Produces<RunResult>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .RequireRateLimiting(EditorLimits.Runs);
        return app;
    }

    private static async Task<IResult> Diagnose(
        DiagnosticsRequest request,
        ProblemCatalog problems,
        JudgePipeline pipeline,
        IOptions<JudgeOptions> options,
        CancellationToken cancel)
    {
        if (EditorValidator.Validate(request.ProblemId, request.Language, request.Source, problems, options.Value, DiagnosticsTitle) is { } invalid)
        {
            return invalid;
        }
        var compiled = await pipeline.DiagnoseAsync(problems.Find(request.ProblemId!)!, request.Source!, cancel);
        return TypedResults.Ok(new DiagnosticsResult(compiled.Success, Math.Round(compiled.CompileMs, 2), compiled.Diagnostics));
    }

    private static async Task<IResult> Run(
        RunCodeRequest request,
        ProblemCatalog problems,
        EditorRuns runs,
        IOptions<JudgeOptions> options,
        IOptions<EditorOptions> editor,
        CancellationToken cancel)
    {
        if (EditorValidator.Validate(request.ProblemId, request.Language, request.Source, problems, options.Value, RunTitle) is { } invalid)
        {
            return invalid;
        }
        var problem = problems.Find(request.ProblemId!)!;
        var (inputs, badTests) = CustomTests.Read(problem, request.Tests, editor.Value);
        if (badTests is not null)
        {
            return badTests;
        }
        return TypedResults.Ok(await runs.RunAsync(problem, request.Source!, inputs, cancel));
    }
}
