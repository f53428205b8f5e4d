using Judge.Api.Submissions;
using Judge.Engine.Judging;
using Judge.Engine.Problems;
using Judge.Grading.Reports;

namespace Judge.Api.Batches;

internal static class BatchViews
{
    public static BatchView From(Batch batch, ISubmissionStore store)
    {
        var cells = batch.Entries.Select(e => Cell(e, store.Find(e.SubmissionId)!)).ToList();
        var completed = cells.Count(c => c.Status == JudgeStatus.Completed);
        return new BatchView(
            batch.Id, batch.Title, batch.CreatedAt, cells.Count, completed, completed == cells.Count,
            cells.Where(c => c.Verdict is not null).GroupBy(c => c.Verdict!.Value.ToString()).ToDictionary(g => g.Key, g => g.Count()),
            [.. batch.Entries.Select(e => e.Candidate).Distinct().Order(StringComparer.Ordinal)],
            [.. batch.Entries.Select(e => e.ProblemId).Distinct().Order(StringComparer.Ordinal)],
            cells);
    }

    private static BatchCell Cell(BatchEntry entry, Submission s) =>
        new(entry.Candidate, entry.ProblemId, s.Id, s.Status, s.Result?.Verdict, s.Result?.Score ?? 0, s.Result?.Passed ?? 0, s.Result?.Total ?? 0, s.Result?.TimeMs ?? 0);

    /// <summary>The batch as a report: every cell with its tests, messages and source, and the similar pairs.</summary>
    public static BatchReport Report(Batch batch, ISubmissionStore store, ProblemCatalog problems)
    {
        var cells = batch.Entries.Select(e => ReportCell(e, store.Find(e.SubmissionId)!)).ToList();
        var starters = batch.Entries.Select(e => e.ProblemId).Distinct()
            .Select(problems.Find).OfType<Core.Problems.Problem>()
            .ToDictionary(p => p.Id, p => p.StarterCode);
        return BatchReports.Create(batch.Id, batch.Title, batch.CreatedAt, cells, starters);
    }

    private static ReportCell ReportCell(BatchEntry entry, Submission s) =>
        new(entry.Candidate, entry.ProblemId, s.Result?.Verdict, s.Result?.Score ?? 0, s.Result?.Passed ?? 0, s.Result?.Total ?? 0,
            s.Result?.TimeMs ?? 0, s.Result?.MemoryKb ?? 0, s.Result?.Diagnostics ?? [], s.Result?.Tests ?? s.TestsSoFar, s.Source);
}
