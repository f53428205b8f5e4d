using Judge.Grading.Reports;

namespace Judge.Grading.Tests.Reports;

public sealed class CsvFieldTests
{
    [Theory]
    [InlineData("ada", "ada")]
    [InlineData("", "")]
    [InlineData("Lovelace, Ada", "\"Lovelace, Ada\"")]
    [InlineData("Ada \"the first\"", "\"Ada \"\"the first\"\"\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    [InlineData("cr\rlf", "\"cr\rlf\"")]
    public void Escape_QuotesOnlyWhatRfc4180Requires(string value, string expected) =>
        Assert.Equal(expected, CsvField.Escape(value));

    [Theory]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("+1", "'+1")]
    [InlineData("-1", "'-1")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tcmd", "'\tcmd")]
    [InlineData("a=1", "a=1")]
    public void Escape_FormulaStart_GetsALeadingApostrophe(string value, string expected) =>
        Assert.Equal(expected, CsvField.Escape(value));

    [Fact]
    public void Escape_FormulaWithCommaAndQuotes_IsGuardedThenQuoted() =>
        Assert.Equal("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"", CsvField.Escape("=HYPERLINK(\"http://x\",\"y\")"));
}
