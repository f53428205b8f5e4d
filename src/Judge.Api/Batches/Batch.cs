namespace Judge.Api.Batches;

/// <summary>A graded set of candidates' solutions: one submission per candidate and problem.</summary>
public sealed record Batch(string Id, string? Title, string Owner, DateTimeOffset CreatedAt, IReadOnlyList<BatchEntry> Entries);

/// <summary>One candidate's solution to one problem, judged as an ordinary submission.</summary>
public sealed record BatchEntry(string Candidate, string ProblemId, string SubmissionId);

/// <summary>A solution as uploaded, before it is stored.</summary>
public sealed record CandidateSource(string Candidate, string ProblemId, string Source);
