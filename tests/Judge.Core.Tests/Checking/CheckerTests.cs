using Judge.Core.Checking;

namespace Judge.Core.Tests.Checking;

public sealed class CheckerTests
{
    [Theory]
    [InlineData("[1,2,3]", "[1,2,3]")]
    [InlineData("[1,2,3]", "[ 1, 2.0, 3e0 ]")]
    [InlineData("true", "true")]
    [InlineData("null", "null")]
    [InlineData("\"a\"", "\"a\"")]
    [InlineData("[[1],[2,3]]", "[[1],[2,3]]")]
    public void Exact_SameValue_Passes(string expected, string actual) =>
        Assert.True(Checkers.Exact.Check(expected, actual).Passed);

    [Theory]
    [InlineData("[1,2,3]", "[1,3,2]", "result[1]: expected 2, got 3.")]
    [InlineData("[1,2,3]", "[1,2]", "result has 2 elements, expected 3.")]
    [InlineData("true", "false", "result: expected true, got false.")]
    [InlineData("null", "0", "result: expected null, got 0.")]
    [InlineData("\"a\"", "\"A\"", "result: expected \"a\", got \"A\".")]
    [InlineData("[[1],[2,3]]", "[[1],[2,4]]", "result[1][1]: expected 3, got 4.")]
    public void Exact_DifferentValue_FailsSayingWhere(string expected, string actual, string message)
    {
        var result = Checkers.Exact.Check(expected, actual);

        Assert.False(result.Passed);
        Assert.Equal(message, result.Message);
    }

    [Fact]
    public void Exact_UnreadableOutput_Fails() =>
        Assert.False(Checkers.Exact.Check("1", "not json").Passed);

    /// <summary>Outputs reach the checkers as the runner's bytes, and the runner is not trusted to send valid UTF-8.</summary>
    [Theory]
    [InlineData("exact")]
    [InlineData("unordered")]
    [InlineData("float")]
    [InlineData("tokens")]
    public void OutputThatIsNotUtf8_IsAWrongAnswer(string name)
    {
        var expected = "[\"é\"]"u8.ToArray();
        byte[] brokenE = [(byte)'[', (byte)'"', 0xC3, (byte)'"', (byte)']'];

        var result = Checkers.ByName(name)!.Check(expected, brokenE, default);

        Assert.False(result.Passed);
    }

    [Fact]
    public void Unordered_SameElementsInAnyOrder_Passes() =>
        Assert.True(Checkers.ByName("unordered")!.Check("[[1,4],[2,3]]", "[[2,3],[1,4]]").Passed);

    [Fact]
    public void Unordered_IgnoresTheLayoutOfTheExpectedFile() =>
        Assert.True(Checkers.ByName("unordered")!.Check("[[1, 4], [ 2,3 ]]", "[[2,3],[1,4]]").Passed);

    [Theory]
    [InlineData("[[1,4],[2,3]]", "[[2,3]]")]
    [InlineData("[[1,4],[2,3]]", "[[2,3],[1,4],[1,4]]")]
    [InlineData("[[1,4],[2,3]]", "[[3,2],[1,4]]")]
    public void Unordered_MissingExtraOrChangedElements_Fail(string expected, string actual) =>
        Assert.False(Checkers.ByName("unordered")!.Check(expected, actual).Passed);

    [Theory]
    [InlineData("float", "1.0", "1.0000001", true)]
    [InlineData("float", "1.0", "1.001", false)]
    [InlineData("float:0.01", "100", "100.5", true)]
    [InlineData("float:0.01", "[1.0, 2.0]", "[1.005, 2.5]", false)]
    public void Float_ComparesWithinTolerance(string checker, string expected, string actual, bool passes) =>
        Assert.Equal(passes, Checkers.ByName(checker)!.Check(expected, actual).Passed);

    [Fact]
    public void Tokens_IgnoresWhitespaceLayout() =>
        Assert.True(Checkers.ByName("tokens")!.Check("a 1\nb 2\n", "a  1\r\nb\t2").Passed);

    [Fact]
    public void Tokens_DifferentToken_FailsNamingIt()
    {
        var result = Checkers.ByName("tokens")!.Check("a 1\nb 2\n", "a 1\nb 3\n");

        Assert.False(result.Passed);
        Assert.Equal("Token 4: expected '2', got '3'.", result.Message);
    }

    [Fact]
    public void ByName_UnknownChecker_IsNull() => Assert.Null(Checkers.ByName("fuzzy"));
}
