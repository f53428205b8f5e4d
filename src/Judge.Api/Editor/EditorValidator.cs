using Judge.Api.Infrastructure;
using Judge.Api.Submissions;
using Judge.Engine.Problems;

namespace Judge.Api.Editor;

/// <summary>
/// The editor endpoints check problem, language and source exactly as submissions do (same reasons, same
/// status codes); only the title names the request.
/// </summary>
internal static class EditorValidator
{
    public static IResult? Validate(string? problemId, string? language, string? source, ProblemCatalog problems, JudgeOptions options, string title) =>
        SubmissionValidator.Validate(new SubmissionRequest(problemId, language ?? SubmissionValidator.Language, source), problems, options, title);
}
