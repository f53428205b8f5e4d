namespace Judge.Grading.Similarity;

/// <summary>
/// 64-bit FNV-1a. Fingerprints must hash the same in every process and on every machine (string.GetHashCode
/// is randomised per process), so that stored fingerprints and reruns agree.
/// </summary>
public static class StableHash
{
    private const ulong OffsetBasis = 14695981039346656037;
    private const ulong Prime = 1099511628211;

    /// <summary>Hashes tokens[start..start+count) with a separator after each, so ("ab","c") and ("a","bc") differ.</summary>
    public static ulong Of(IReadOnlyList<NormalizedToken> tokens, int start, int count)
    {
        var hash = OffsetBasis;
        for (var i = start; i < start + count; i++)
        {
            foreach (var c in tokens[i].Text)
            {
                hash = (hash ^ c) * Prime;
            }
            hash = (hash ^ 0) * Prime;
        }
        return hash;
    }
}
