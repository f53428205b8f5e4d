namespace Judge.Grading.Similarity;

/// <summary>
/// Turns shared fingerprints into line ranges to show side by side. Each shared fingerprint pairs a position in A
/// with one in B; pairs that advance together in both sources form a run (one copied passage, wherever it was
/// moved to); the longest runs are kept first, each stretch of source in at most one run.
/// </summary>
internal static class RegionMatcher
{
    /// <summary>Token gap a run may bridge: an edited statement breaks the k-grams around it, about k + w tokens.</summary>
    private const int MaxGap = Winnowing.KGramLength + Winnowing.WindowSize;

    /// <summary>Bounds the pairs a very repetitive source can make (each occurrence in A times each in B).</summary>
    private const int MaxOccurrencesPerHash = 8;

    public static IReadOnlyList<MatchedRegion> Match(SourceFingerprints a, SourceFingerprints b)
    {
        var runs = Chain(Anchors(a, b));
        var kept = KeepDisjoint(runs);
        return MergeAdjacent(kept.Select(run => ToLines(run, a.Tokens, b.Tokens)));
    }

    private static List<(int A, int B)> Anchors(SourceFingerprints a, SourceFingerprints b) =>
        a.PositionsByHash
            .Where(inA => b.PositionsByHash.Contains(inA.Key))
            .SelectMany(inA =>
                from positionA in inA.Take(MaxOccurrencesPerHash)
                from positionB in b.PositionsByHash[inA.Key].Take(MaxOccurrencesPerHash)
                select (A: positionA, B: positionB))
            .OrderBy(anchor => anchor.A)
            .ThenBy(anchor => anchor.B)
            .ToList();

    private static List<Run> Chain(List<(int A, int B)> anchors)
    {
        var runs = new List<Run>();
        foreach (var (positionA, positionB) in anchors)
        {
            var run = runs
                .Where(r => positionA > r.EndA && positionA - r.EndA <= MaxGap
                         && positionB > r.EndB && positionB - r.EndB <= MaxGap)
                .MinBy(r => (positionA - r.EndA) + (positionB - r.EndB));
            if (run is null)
            {
                runs.Add(new Run(positionA, positionB));
            }
            else
            {
                run.Extend(positionA, positionB);
            }
        }
        return runs;
    }

    private static List<Run> KeepDisjoint(List<Run> runs)
    {
        var kept = new List<Run>();
        foreach (var run in runs.OrderByDescending(r => r.Anchors).ThenByDescending(r => r.EndA - r.StartA).ThenBy(r => r.StartA))
        {
            if (!kept.Any(k => Overlaps(k.StartA, k.EndA, run.StartA, run.EndA) || Overlaps(k.StartB, k.EndB, run.StartB, run.EndB)))
            {
                kept.Add(run);
            }
        }
        return kept;
    }

    // A run's last fingerprint covers k tokens from its position.
    private static bool Overlaps(int start1, int end1, int start2, int end2) =>
        start1 <= end2 + Winnowing.KGramLength - 1 && start2 <= end1 + Winnowing.KGramLength - 1;

    private static MatchedRegion ToLines(Run run, IReadOnlyList<NormalizedToken> a, IReadOnlyList<NormalizedToken> b) => new(
        a[run.StartA].StartLine,
        a[run.EndA + Winnowing.KGramLength - 1].EndLine,
        b[run.StartB].StartLine,
        b[run.EndB + Winnowing.KGramLength - 1].EndLine);

    /// <summary>
    /// Runs that follow each other in both sources read as one region, even across the closing brace and blank line
    /// between two members (the last k-gram of a member is not always a fingerprint).
    /// </summary>
    private static IReadOnlyList<MatchedRegion> MergeAdjacent(IEnumerable<MatchedRegion> regions)
    {
        const int maxLinesBetween = 3;
        var merged = new List<MatchedRegion>();
        foreach (var region in regions.OrderBy(r => r.StartLineA).ThenBy(r => r.StartLineB))
        {
            if (merged.Count > 0 && merged[^1] is var last
                && region.StartLineA <= last.EndLineA + maxLinesBetween && region.StartLineA >= last.StartLineA
                && region.StartLineB <= last.EndLineB + maxLinesBetween && region.StartLineB >= last.StartLineB)
            {
                merged[^1] = last with
                {
                    EndLineA = Math.Max(last.EndLineA, region.EndLineA),
                    EndLineB = Math.Max(last.EndLineB, region.EndLineB),
                };
            }
            else
            {
                merged.Add(region);
            }
        }
        return merged;
    }

    private sealed class Run(int startA, int startB)
    {
        public int StartA { get; } = startA;
        public int StartB { get; } = startB;
        public int EndA { get; private set; } = startA;
        public int EndB { get; private set; } = startB;
        public int Anchors { get; private set; } = 1;

        public void Extend(int positionA, int positionB)
        {
            EndA = positionA;
            EndB = positionB;
            Anchors++;
        }
    }
}
