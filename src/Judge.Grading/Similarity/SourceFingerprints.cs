namespace Judge.Grading.Similarity;

/// <summary>One source's tokens and its winnowed fingerprints, boilerplate removed, indexed by hash.</summary>
internal sealed class SourceFingerprints
{
    private SourceFingerprints(IReadOnlyList<NormalizedToken> tokens, ILookup<ulong, int> positionsByHash)
    {
        Tokens = tokens;
        PositionsByHash = positionsByHash;
    }

    public IReadOnlyList<NormalizedToken> Tokens { get; }

    /// <summary>Where each fingerprint occurs (token positions); the keys are the set the score is computed on.</summary>
    public ILookup<ulong, int> PositionsByHash { get; }

    public int Count => PositionsByHash.Count;

    public static SourceFingerprints Of(string source, IReadOnlySet<ulong> boilerplate)
    {
        var tokens = SourceNormalizer.Normalize(source);
        var positions = Winnowing.Fingerprints(tokens)
            .Where(f => !boilerplate.Contains(f.Hash))
            .ToLookup(f => f.Hash, f => f.Position);
        return new SourceFingerprints(tokens, positions);
    }

    /// <summary>
    /// Every k-gram of the starter code, not only its winnowed ones: a submission's window may pick a k-gram of the
    /// starter that the starter's own windows passed over, and it must still count as boilerplate (MOSS's base file).
    /// </summary>
    public static IReadOnlySet<ulong> Boilerplate(string? starterCode) =>
        string.IsNullOrWhiteSpace(starterCode)
            ? new HashSet<ulong>()
            : Winnowing.KGramHashes(SourceNormalizer.Normalize(starterCode)).ToHashSet();
}
