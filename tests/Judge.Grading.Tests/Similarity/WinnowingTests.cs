using Judge.Grading.Similarity;

namespace Judge.Grading.Tests.Similarity;

public sealed class WinnowingTests
{
    [Fact]
    public void Select_ThePapersExample_GivesThePapersFingerprints()
    {
        // Schleimer, Wilkerson, Aiken 2003, figure 2: hashes of 5-grams and windows of 4.
        ulong[] hashes = [77, 74, 42, 17, 98, 50, 17, 98, 8, 88, 67, 39, 77, 74, 42, 17, 98];

        var fingerprints = Winnowing.Select(hashes, windowSize: 4);

        Assert.Equal([new(17, 3), new(17, 6), new(8, 8), new(39, 11), new(17, 15)], fingerprints);
    }

    [Fact]
    public void Select_ARunOfEqualHashes_KeepsAChoiceUntilItLeavesTheWindow() =>
        // Rightmost-per-window alone would give positions 2, 3, 4 and 5.
        Assert.Equal([new(5, 2), new(5, 5)], Winnowing.Select([5, 5, 5, 5, 5, 5], windowSize: 3));

    [Fact]
    public void Select_FewerHashesThanAWindow_GivesTheMinimum() =>
        Assert.Equal([new(4, 1)], Winnowing.Select([9, 4, 7], windowSize: 4));

    [Fact]
    public void Select_NoHashes_GivesNoFingerprints() => Assert.Empty(Winnowing.Select([], windowSize: 4));

    [Fact]
    public void StableHash_IsTheSameInEveryProcess()
    {
        // FNV-1a 64 of the bytes "if\0(\0", worked out by hand: string.GetHashCode would differ per run.
        var tokens = SourceNormalizer.Normalize("if (");

        Assert.Equal(10613018722799236554UL, StableHash.Of(tokens, 0, 2));
    }

    [Fact]
    public void Fingerprints_ReorderedMembers_GiveTheSameSet()
    {
        const string first = "void A() { int x = 1; x = x + 2; Console.WriteLine(x); }";
        const string second = "void B() { var s = \"t\"; s = s.Trim(); Console.WriteLine(s.Length); }";

        var forward = Hashes($"class C {{ {first} {second} }}");
        var backward = Hashes($"class C {{ {second} {first} }}");

        Assert.NotEmpty(forward);
        Assert.Equal(forward, backward);
    }

    [Fact]
    public void Fingerprints_EveryWindowOfHashes_HoldsOne()
    {
        // The paper's guarantee: a shared run of w + k - 1 tokens always shares a fingerprint.
        var random = new Random(7);
        string[] alphabet = ["ID", "(", ")", ";", "=", "NUM"];
        var tokens = Enumerable.Range(0, 300).Select(i => new NormalizedToken(alphabet[random.Next(alphabet.Length)], i + 1, i + 1, 0)).ToList();

        var hashCount = Winnowing.KGramHashes(tokens).Count;
        var chosen = Winnowing.Fingerprints(tokens).Select(f => f.Position).ToHashSet();

        for (var start = 0; start + Winnowing.WindowSize <= hashCount; start++)
        {
            Assert.Contains(Enumerable.Range(start, Winnowing.WindowSize), chosen.Contains);
        }
    }

    private static HashSet<ulong> Hashes(string source) =>
        Winnowing.Fingerprints(SourceNormalizer.Normalize(source)).Select(f => f.Hash).ToHashSet();
}
