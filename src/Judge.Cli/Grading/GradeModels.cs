using Judge.Core.Verdicts;
using Judge.Grading.Reports;

namespace Judge.Cli.Grading;

/// <summary>One candidate's solution to one problem: the file <c>&lt;candidate&gt;/&lt;problemId&gt;.cs</c>.</summary>
public sealed record CandidateSolution(string Candidate, string ProblemId, string Source);

/// <param name="Workers">Local mode: submissions judged at once.</param>
public sealed record GradeRequest(string Title, IReadOnlyList<CandidateSolution> Solutions, int Workers);

/// <summary>How far a batch has come: submissions judged so far, counted by verdict.</summary>
public sealed record GradeTally(int Total, int Completed, IReadOnlyDictionary<Verdict, int> Verdicts);

/// <summary>The finished (or stopped) batch.</summary>
/// <param name="Report">Every solution; those never judged have no verdict.</param>
/// <param name="Interrupted">Stopped before every solution was judged (Ctrl+C).</param>
/// <param name="BatchId">The server's batch id; null in local mode.</param>
public sealed record GradeOutcome(BatchReport Report, bool Interrupted, string? BatchId);

/// <summary>Hears a batch's progress, in either mode.</summary>
public interface IGradeListener
{
    /// <summary>Judging began: <paramref name="batchId"/> is the server's id (null in local mode).</summary>
    void Started(string? batchId, int total);

    void Progressed(GradeTally tally);
}
