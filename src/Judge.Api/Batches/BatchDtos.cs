using Judge.Core.Verdicts;
using Judge.Engine.Judging;

namespace Judge.Api.Batches;

/// <summary>The answer to a new batch.</summary>
public sealed record BatchAccepted(string Id, int Submissions);

/// <summary>A batch's progress and its candidate × problem matrix.</summary>
public sealed record BatchView(
    string Id,
    string? Title,
    DateTimeOffset CreatedAt,
    int Total,
    int Completed,
    bool Finished,
    IReadOnlyDictionary<string, int> Verdicts,
    IReadOnlyList<string> Candidates,
    IReadOnlyList<string> Problems,
    IReadOnlyList<BatchCell> Cells);

/// <summary>One candidate's result on one problem.</summary>
public sealed record BatchCell(
    string Candidate, string ProblemId, string SubmissionId, JudgeStatus Status, Verdict? Verdict, double Score, int Passed, int Total, double TimeMs);
