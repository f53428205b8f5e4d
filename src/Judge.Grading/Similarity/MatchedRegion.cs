namespace Judge.Grading.Similarity;

/// <summary>Lines of source A that match lines of source B (1-based, inclusive), to be shown side by side.</summary>
public sealed record MatchedRegion(int StartLineA, int EndLineA, int StartLineB, int EndLineB);
