using Judge.Grading.Similarity;

namespace Judge.Grading.Tests.Similarity;

public sealed class SimilarityDetectorTests
{
    private static readonly string HandWrittenList = Samples.Read("lru-hand-written-list.cs");
    private static readonly string Disguised = Samples.Read("lru-hand-written-list-disguised.cs");
    private static readonly string LibraryList = Samples.Read("lru-library-list.cs");

    [Fact]
    public void Compare_ASourceWithItself_ScoresOne()
    {
        var comparison = SimilarityDetector.Compare(HandWrittenList, HandWrittenList);

        Assert.Equal(1.0, comparison.Similarity);
        // One region from the first member with a fingerprint (line 16) to the last (line 69), on both sides.
        Assert.Equal(new MatchedRegion(16, 69, 16, 69), Assert.Single(comparison.Regions));
    }

    [Fact]
    public void FindPairs_CopyRenamedReformattedRecommentedAndReordered_IsFlagged()
    {
        var pair = Assert.Single(SimilarityDetector.FindPairs([Lru("ada", HandWrittenList), Lru("bob", Disguised)]));

        Assert.Equal(("ada", "bob", "lru-cache"), (pair.CandidateA, pair.CandidateB, pair.ProblemId));
        Assert.True(pair.Similarity >= 0.9, $"similarity {pair.Similarity}");
    }

    [Fact]
    public void FindPairs_DisguisedCopy_RegionsPairPutWithItsMovedCopy()
    {
        var pair = Assert.Single(SimilarityDetector.FindPairs([Lru("ada", HandWrittenList), Lru("bob", Disguised)]));

        // Put spans lines 38-56 in the original and was moved to lines 20-36 in the copy.
        Assert.Contains(pair.Regions, r => r.StartLineA >= 38 && r.EndLineA <= 56 && r.EndLineA - r.StartLineA >= 12
                                        && r.StartLineB >= 20 && r.EndLineB <= 36);
    }

    [Fact]
    public void FindPairs_IndependentSolutions_AreNotFlagged()
    {
        // The same problem solved twice: on the library's LinkedList, and on a hand-written list with sentinels.
        Assert.Empty(SimilarityDetector.FindPairs([Lru("ada", HandWrittenList), Lru("cy", LibraryList)]));
        Assert.True(SimilarityDetector.Compare(HandWrittenList, LibraryList).Similarity < 0.4);
    }

    [Fact]
    public void FindPairs_LowerThreshold_ReportsLooserPairs()
    {
        var pairs = SimilarityDetector.FindPairs([Lru("ada", HandWrittenList), Lru("cy", LibraryList)], threshold: 0.1);

        Assert.Single(pairs);
    }

    [Fact]
    public void FindPairs_SameSourceForDifferentProblems_IsNeverPaired() =>
        Assert.Empty(SimilarityDetector.FindPairs([Lru("ada", HandWrittenList), new SubmittedSource("bob", "other-problem", HandWrittenList)]));

    [Fact]
    public void FindPairs_OneCandidatesResubmission_IsNotAPair() =>
        Assert.Empty(SimilarityDetector.FindPairs([Lru("ada", HandWrittenList), Lru("ada", Disguised)]));

    [Fact]
    public void FindPairs_SharedStarterCode_DoesNotMakeSolutionsSimilar()
    {
        // Both keep the problem's given Service class (30 lines); their own code differs (lock + Dictionary vs Lazy).
        SubmittedSource[] sources =
        [
            new("ada", "singleton", Samples.Read("singleton-lock.cs")),
            new("bob", "singleton", Samples.Read("singleton-lazy.cs")),
        ];
        var starter = new Dictionary<string, string> { ["singleton"] = Samples.Read("singleton-starter.cs") };

        Assert.NotEmpty(SimilarityDetector.FindPairs(sources)); // the given code alone would flag them
        Assert.Empty(SimilarityDetector.FindPairs(sources, starter));
        Assert.True(SimilarityDetector.Compare(sources[0].Source, sources[1].Source, starter["singleton"]).Similarity < 0.2);
    }

    [Fact]
    public void FindPairs_TinyIdenticalSolutions_AreNotFlagged()
    {
        const string oneLiner = "public class Solution { public string Reverse(string s) => new string(s.Reverse().ToArray()); }";

        Assert.Equal(1.0, SimilarityDetector.Compare(oneLiner, oneLiner).Similarity);
        Assert.Empty(SimilarityDetector.FindPairs([new("ada", "reverse", oneLiner), new("bob", "reverse", oneLiner)]));
    }

    [Fact]
    public void FindPairs_MostSimilarComeFirst()
    {
        var pairs = SimilarityDetector.FindPairs(
            [Lru("ada", HandWrittenList), Lru("bob", Disguised), Lru("cy", HandWrittenList)]);

        Assert.Equal(3, pairs.Count);
        Assert.Equal(("ada", "cy", 1.0), (pairs[0].CandidateA, pairs[0].CandidateB, pairs[0].Similarity));
        Assert.True(pairs[1].Similarity >= pairs[2].Similarity);
    }

    [Theory]
    [InlineData(-0.1)]
    [InlineData(1.1)]
    public void FindPairs_ThresholdOutsideZeroToOne_Throws(double threshold) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => SimilarityDetector.FindPairs([], threshold: threshold));

    private static SubmittedSource Lru(string candidate, string source) => new(candidate, "lru-cache", source);
}
