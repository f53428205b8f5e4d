namespace Judge.Grading.Similarity;

/// <summary>
/// Flags candidates who handed in the same solution under other names, in another order or with other comments
/// and formatting (the MOSS method: normalise, fingerprint by winnowing, compare fingerprint sets).
/// </summary>
/// <remarks>
/// Similarity is |shared fingerprints| / min(|A|, |B|), not Jaccard: a copy padded with dead code or extra
/// helpers would dilute a Jaccard score, while the smaller source stays wholly contained in the larger one.
/// Fingerprints are compared as sets, and no k-gram spans two members, so moving members around changes nothing
/// (plain MOSS would lose the k-grams at each moved member's borders).
/// </remarks>
public static class SimilarityDetector
{
    /// <summary>
    /// Independent solutions of one problem share the idioms the problem calls for: two LRU caches, one on the
    /// library's LinkedList and one on a hand-written list, score 0.26, two that both use LinkedList alike 0.42.
    /// A renamed, reformatted, recommented and reordered copy scores 0.97. 0.6 sits between with room either side.
    /// </summary>
    public const double DefaultThreshold = 0.6;

    /// <summary>
    /// Pairs whose smaller source has fewer fingerprints than this (after boilerplate) are not reported: a few lines
    /// of own code, like a one-line LINQ answer, are alike by necessity, not by copying.
    /// </summary>
    public const int MinimumFingerprints = 12;

    /// <summary>Every pair of different candidates' sources for the same problem at or above the threshold, most similar first.</summary>
    /// <param name="starterCodeByProblem">Each problem's starter code, whose k-grams never count (MOSS's base file). Keyed by problem id, since a batch holds several problems.</param>
    public static IReadOnlyList<SimilarPair> FindPairs(
        IReadOnlyList<SubmittedSource> sources,
        IReadOnlyDictionary<string, string>? starterCodeByProblem = null,
        double threshold = DefaultThreshold)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(threshold);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(threshold, 1);
        var pairs = new List<SimilarPair>();
        foreach (var problem in sources.GroupBy(s => s.ProblemId, StringComparer.Ordinal))
        {
            var boilerplate = SourceFingerprints.Boilerplate(starterCodeByProblem?.GetValueOrDefault(problem.Key));
            var submissions = problem
                .Select(s => (s.Candidate, Fingerprints: SourceFingerprints.Of(s.Source, boilerplate)))
                .ToList();
            for (var i = 0; i < submissions.Count; i++)
            {
                for (var j = i + 1; j < submissions.Count; j++)
                {
                    var (a, b) = (submissions[i], submissions[j]);
                    if (a.Candidate == b.Candidate)
                    {
                        continue; // a resubmission is not a copy
                    }
                    var (similarity, smaller) = Score(a.Fingerprints, b.Fingerprints);
                    if (similarity >= threshold && smaller >= MinimumFingerprints)
                    {
                        // Regions cost more than the score, so only flagged pairs get them.
                        var regions = RegionMatcher.Match(a.Fingerprints, b.Fingerprints);
                        pairs.Add(new SimilarPair(a.Candidate, b.Candidate, problem.Key, similarity, regions));
                    }
                }
            }
        }
        return pairs
            .OrderByDescending(p => p.Similarity)
            .ThenBy(p => p.ProblemId, StringComparer.Ordinal)
            .ThenBy(p => p.CandidateA, StringComparer.Ordinal)
            .ThenBy(p => p.CandidateB, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>How alike two sources are, whatever their size; <see cref="FindPairs"/> adds the threshold and the minimum size.</summary>
    public static Comparison Compare(string sourceA, string sourceB, string? starterCode = null)
    {
        var boilerplate = SourceFingerprints.Boilerplate(starterCode);
        var (a, b) = (SourceFingerprints.Of(sourceA, boilerplate), SourceFingerprints.Of(sourceB, boilerplate));
        var (similarity, smaller) = Score(a, b);
        return new Comparison(similarity, smaller, similarity > 0 ? RegionMatcher.Match(a, b) : []);
    }

    private static (double Similarity, int Smaller) Score(SourceFingerprints a, SourceFingerprints b)
    {
        var smaller = Math.Min(a.Count, b.Count);
        if (smaller == 0)
        {
            return (0, 0);
        }
        var shared = a.PositionsByHash.Count(inA => b.PositionsByHash.Contains(inA.Key));
        return (Math.Round((double)shared / smaller, 4), smaller);
    }
}
