namespace Judge.Grading.Reports;

/// <summary>Makes one value safe to put in a CSV field.</summary>
public static class CsvField
{
    // Characters a spreadsheet reads as the start of a formula (OWASP, "CSV Injection").
    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];
    private static readonly char[] NeedQuotes = [',', '"', '\r', '\n'];

    /// <summary>
    /// A leading apostrophe stops a candidate named "=HYPERLINK(...)" from running as a formula when a recruiter
    /// opens the file; then RFC 4180 quoting, with quotes doubled.
    /// </summary>
    public static string Escape(string value)
    {
        if (value.Length > 0 && FormulaStarts.Contains(value[0]))
        {
            value = "'" + value;
        }
        return value.IndexOfAny(NeedQuotes) >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
    }
}
