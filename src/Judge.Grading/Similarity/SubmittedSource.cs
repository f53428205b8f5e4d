namespace Judge.Grading.Similarity;

/// <summary>One candidate's source for one problem, as handed to <see cref="SimilarityDetector"/>.</summary>
public sealed record SubmittedSource(string Candidate, string ProblemId, string Source);
