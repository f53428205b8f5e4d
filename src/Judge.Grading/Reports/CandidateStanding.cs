namespace Judge.Grading.Reports;

/// <summary>A candidate's place in the batch: ranked by total score, equal totals sharing a rank (1, 2, 2, 4).</summary>
/// <param name="TotalScore">Sum of the candidate's problem scores, each 0..100.</param>
/// <param name="Solved">Problems accepted.</param>
public sealed record CandidateStanding(string Candidate, int Rank, double TotalScore, int Solved);
