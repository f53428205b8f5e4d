namespace Judge.Grading.Reports;

/// <summary>How a problem went across the batch.</summary>
/// <param name="Solved">Candidates whose submission was accepted.</param>
/// <param name="Judged">Candidates with a verdict of any kind (not pending, not missing).</param>
public sealed record ProblemSummary(string ProblemId, int Solved, int Judged);
