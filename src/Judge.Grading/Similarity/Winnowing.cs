namespace Judge.Grading.Similarity;

/// <summary>
/// Winnowing (Schleimer, Wilkerson, Aiken, "Winnowing: Local Algorithms for Document Fingerprinting", SIGMOD 2003):
/// hash every k-gram, then keep the minimum hash of each window of w consecutive hashes.
/// Any run of at least w + k - 1 shared tokens is guaranteed to share a fingerprint; runs shorter than k never do.
/// </summary>
public static class Winnowing
{
    /// <summary>
    /// Tokens per k-gram. Identifiers and literals are all alike after normalisation, so short k-grams
    /// ("ID . ID ( ID )") occur in any C#; 8 tokens is about one statement, long enough to be specific.
    /// On two independent LRU caches, k = 5 shares 37% of fingerprints and k = 8 26%, while a disguised copy
    /// keeps 97% at k = 8: longer k-grams lose little on copies, since members are fingerprinted apart.
    /// </summary>
    public const int KGramLength = 8;

    /// <summary>Hashes per window: a shared run of 8 + 4 - 1 = 11 tokens (a line or two) is always caught.</summary>
    public const int WindowSize = 4;

    /// <summary>Winnows each segment on its own (see <see cref="NormalizedToken.Segment"/>); positions index <paramref name="tokens"/>.</summary>
    public static IReadOnlyList<Fingerprint> Fingerprints(
        IReadOnlyList<NormalizedToken> tokens, int kGramLength = KGramLength, int windowSize = WindowSize) =>
        Segments(tokens)
            .SelectMany(segment => Select(KGramHashes(tokens, segment.Start, segment.Count, kGramLength), windowSize)
                .Select(f => f with { Position = segment.Start + f.Position }))
            .ToList();

    /// <summary>The hash of every k-gram, each k-gram inside one segment, in order.</summary>
    public static IReadOnlyList<ulong> KGramHashes(IReadOnlyList<NormalizedToken> tokens, int kGramLength = KGramLength) =>
        Segments(tokens).SelectMany(segment => KGramHashes(tokens, segment.Start, segment.Count, kGramLength)).ToList();

    private static List<ulong> KGramHashes(IReadOnlyList<NormalizedToken> tokens, int start, int count, int kGramLength)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(kGramLength, 1);
        var hashes = new List<ulong>(Math.Max(0, count - kGramLength + 1));
        for (var first = start; first + kGramLength <= start + count; first++)
        {
            hashes.Add(StableHash.Of(tokens, first, kGramLength));
        }
        return hashes;
    }

    private static IEnumerable<(int Start, int Count)> Segments(IReadOnlyList<NormalizedToken> tokens)
    {
        var start = 0;
        for (var i = 1; i <= tokens.Count; i++)
        {
            if (i == tokens.Count || tokens[i].Segment != tokens[start].Segment)
            {
                yield return (start, i - start);
                start = i;
            }
        }
    }

    /// <summary>
    /// The minimum of each window, the rightmost one on ties, except that a window keeps the previous window's
    /// choice when that is still inside and still minimal (the paper's "robust winnowing": a run of equal
    /// hashes, like a row of identical statements, yields one fingerprint, not one per window).
    /// Fewer hashes than a window make one window.
    /// </summary>
    public static IReadOnlyList<Fingerprint> Select(IReadOnlyList<ulong> hashes, int windowSize = WindowSize)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(windowSize, 1);
        var selected = new List<Fingerprint>();
        var windows = hashes.Count == 0 ? 0 : Math.Max(1, hashes.Count - windowSize + 1);
        for (var start = 0; start < windows; start++)
        {
            var end = Math.Min(start + windowSize, hashes.Count);
            var minimum = start;
            for (var i = start + 1; i < end; i++)
            {
                if (hashes[i] <= hashes[minimum])
                {
                    minimum = i;
                }
            }
            var keepsPrevious = selected.Count > 0 && selected[^1].Position >= start && selected[^1].Hash == hashes[minimum];
            if (!keepsPrevious)
            {
                selected.Add(new Fingerprint(hashes[minimum], minimum));
            }
        }
        return selected;
    }
}
