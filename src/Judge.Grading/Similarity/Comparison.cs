namespace Judge.Grading.Similarity;

/// <summary>How alike two sources are (0..1), and where.</summary>
/// <param name="SmallerFingerprintCount">Fingerprints of the smaller source after boilerplate is removed: the evidence behind the score.</param>
public sealed record Comparison(double Similarity, int SmallerFingerprintCount, IReadOnlyList<MatchedRegion> Regions);
