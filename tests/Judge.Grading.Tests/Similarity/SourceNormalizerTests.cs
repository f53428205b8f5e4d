using Judge.Grading.Similarity;

namespace Judge.Grading.Tests.Similarity;

public sealed class SourceNormalizerTests
{
    private static string[] Texts(string source) => SourceNormalizer.Normalize(source).Select(t => t.Text).ToArray();

    [Fact]
    public void Normalize_RenamedReformattedAndRecommented_GivesTheSameTokens()
    {
        var original = "int total = count + 1; // add one";
        var disguised = """
            #region mine
            int   sum=
                n   + 7 ; /* seven */
            #endregion
            """;

        Assert.Equal(Texts(original), Texts(disguised));
    }

    [Fact]
    public void Normalize_KeepsKeywordsAndPunctuation_IdentifiersAndLiteralsBecomePlaceholders() =>
        Assert.Equal(
            ["if", "(", "ID", "==", "NUM", ")", "return", "STR", "+", "CHR", ";"],
            Texts("if (x == 42) return \"s\" + 'c';"));

    [Fact]
    public void Normalize_InterpolatedStringText_IsOneLiteralClass() =>
        Assert.Equal(["$\"", "STR", "{", "ID", "}", "\""], Texts("$\"Total: {sum}\""));

    [Fact]
    public void Normalize_SkipsUsingDirectives() =>
        Assert.Equal(["class", "ID", "{", "}"], Texts("using System.Linq;\nusing static System.Math;\nclass A { }"));

    [Fact]
    public void Normalize_RecordsEachTokensSourceLines()
    {
        var tokens = SourceNormalizer.Normalize("class A\n{\n    string s = \"\"\"\n        two\n        \"\"\";\n}\n");

        Assert.Equal((1, 1), (tokens[0].StartLine, tokens[0].EndLine));
        var rawString = tokens.Single(t => t.Text == SourceNormalizer.Text);
        Assert.Equal((3, 5), (rawString.StartLine, rawString.EndLine));
    }

    [Fact]
    public void Normalize_EachMemberIsItsOwnSegment()
    {
        var tokens = SourceNormalizer.Normalize("class A { int x; void F() { } }");

        var segments = tokens.Select(t => (t.Text, t.Segment)).ToArray();
        Assert.Equal(
            [("class", 1), ("ID", 1), ("{", 1), ("int", 2), ("ID", 2), (";", 2), ("void", 3), ("ID", 3), ("(", 3), (")", 3), ("{", 3), ("}", 3), ("}", 4)],
            segments);
    }
}
