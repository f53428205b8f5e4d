using System.Globalization;
using System.Net;

namespace Judge.Grading.Reports.Html;

/// <summary>Encoding and number formats shared by the HTML sections.</summary>
internal static class HtmlText
{
    /// <summary>
    /// Every user-supplied string (names, sources, messages, test data) goes through here: &lt; &gt; &amp; and both
    /// quotes become entities, so the text can sit in element content and in quoted attributes alike.
    /// </summary>
    public static string Encode(string? text) => WebUtility.HtmlEncode(text ?? "");

    public static string Number(double value, string format = "0.##") => value.ToString(format, CultureInfo.InvariantCulture);

    public static string Percent(double fraction) => Number(100 * fraction, "0") + "%";
}
