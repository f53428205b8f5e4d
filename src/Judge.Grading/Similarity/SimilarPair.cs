namespace Judge.Grading.Similarity;

/// <summary>Two candidates whose sources for the same problem look alike.</summary>
/// <param name="Similarity">0..1: shared fingerprints over the smaller source's fingerprints (see <see cref="SimilarityDetector"/>).</param>
public sealed record SimilarPair(
    string CandidateA,
    string CandidateB,
    string ProblemId,
    double Similarity,
    IReadOnlyList<MatchedRegion> Regions);
