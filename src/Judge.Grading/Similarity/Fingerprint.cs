namespace Judge.Grading.Similarity;

/// <summary>The hash of the k-gram of normalised tokens that starts at token <paramref name="Position"/>.</summary>
public readonly record struct Fingerprint(ulong Hash, int Position);
