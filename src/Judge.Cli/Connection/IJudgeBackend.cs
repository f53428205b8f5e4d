using Judge.Cli.Grading;
using Judge.Cli.Problems;
using Judge.Cli.Submissions;

namespace Judge.Cli.Connection;

/// <summary>
/// What the commands need from a judge. Two implementations with the same behaviour: <see cref="Local.LocalJudge"/>
/// (the embedded engine) and <see cref="Server.ServerJudge"/> (a running service over HTTP).
/// </summary>
public interface IJudgeBackend : IDisposable
{
    /// <summary>For people: "local engine" or the server's address.</summary>
    string Name { get; }

    Task<IReadOnlyList<ProblemInfo>> ProblemsAsync(CancellationToken cancel);

    Task<ProblemText> ProblemAsync(string id, CancellationToken cancel);

    /// <summary>Judges one solution, telling <paramref name="listener"/> about each test as it finishes.</summary>
    Task<SubmissionOutcome> SubmitAsync(string problemId, string source, ISubmissionListener listener, CancellationToken cancel);

    /// <summary>
    /// Judges every solution. Cancelling stops early without throwing: the outcome then holds what finished and is
    /// marked <see cref="GradeOutcome.Interrupted"/>.
    /// </summary>
    Task<GradeOutcome> GradeAsync(GradeRequest request, IGradeListener listener, CancellationToken cancel);
}
