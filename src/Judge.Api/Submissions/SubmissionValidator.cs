using System.Text;
using Judge.Api.Infrastructure;
using Judge.Engine.Problems;

namespace Judge.Api.Submissions;

/// <summary>Checks a submission request; each problem names the field and the reason (RFC 9457 "errors").</summary>
public static class SubmissionValidator
{
    public const string Language = "csharp";

    /// <param name="title">The problem details' title; the editor endpoints, which share these checks, name their own request.</param>
    public static IResult? Validate(SubmissionRequest? request, ProblemCatalog problems, JudgeOptions options, string title = "The submission is not valid.")
    {
        if (request is null)
        {
            return Invalid("body", "A JSON object with problemId, language and source is required.", title);
        }
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(request.ProblemId))
        {
            errors["problemId"] = ["The problemId field is required."];
        }
        if (string.IsNullOrWhiteSpace(request.Language))
        {
            errors["language"] = ["The language field is required; use \"csharp\"."];
        }
        else if (request.Language != Language)
        {
            errors["language"] = [$"The language '{request.Language}' is not supported; use \"csharp\"."];
        }
        if (request.Source is null)
        {
            errors["source"] = ["The source field is required."];
        }
        else if (string.IsNullOrWhiteSpace(request.Source))
        {
            errors["source"] = ["The source is empty."];
        }
        if (request.CallbackUrl is not null && !IsHttpUrl(request.CallbackUrl))
        {
            errors["callbackUrl"] = ["The callbackUrl must be an absolute http or https URL."];
        }
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: title);
        }
        var size = Encoding.UTF8.GetByteCount(request.Source!);
        if (size > options.MaxSourceBytes)
        {
            return TypedResults.Problem(
                title: "The source is too large.",
                detail: $"The source is {size} bytes; the limit is {options.MaxSourceBytes} bytes.",
                statusCode: StatusCodes.Status413PayloadTooLarge,
                extensions: new Dictionary<string, object?> { ["field"] = "source" });
        }
        if (problems.Find(request.ProblemId!) is null)
        {
            return TypedResults.Problem(
                title: "Unknown problem.",
                detail: $"There is no problem '{request.ProblemId}'. GET /api/problems lists them.",
                statusCode: StatusCodes.Status404NotFound,
                extensions: new Dictionary<string, object?> { ["field"] = "problemId" });
        }
        return null;
    }

    private static bool IsHttpUrl(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

    private static IResult Invalid(string field, string reason, string title) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [reason] }, title: title);
}
