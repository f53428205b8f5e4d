namespace Judge.Grading.Reports.Html;

/// <summary>Element ids that links point at.</summary>
internal static class Anchors
{
    /// <summary>Element ids are built from positions in the report, never from names, so they need no escaping.</summary>
    public static string Submission(BatchReport report, string candidate, string problemId) =>
        $"s-{IndexOf(report.Candidates, candidate)}-{IndexOf(report.Problems, problemId)}";

    private static int IndexOf(IReadOnlyList<string> items, string item)
    {
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] == item)
            {
                return i;
            }
        }
        return -1;
    }
}
