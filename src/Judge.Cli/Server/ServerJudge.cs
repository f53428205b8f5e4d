using System.Net.ServerSentEvents;
using Judge.Cli.Connection;
using Judge.Cli.Grading;
using Judge.Cli.Problems;
using Judge.Cli.Submissions;
using Judge.Core.Verdicts;
using Judge.Engine.Judging;
using Judge.Grading.Reports;

namespace Judge.Cli.Server;

/// <summary>Judging on a running service: the same commands, over its HTTP API.</summary>
public sealed class ServerJudge(JudgeClient client) : IJudgeBackend
{
    /// <summary>How often a batch's progress (or a submission whose event stream broke) is asked for.</summary>
    public static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(500);

    /// <summary>How long the report of a stopped batch may take to fetch after Ctrl+C.</summary>
    private static readonly TimeSpan ReportGrace = TimeSpan.FromSeconds(30);

    public string Name => client.Server.ToString();

    public Task<IReadOnlyList<ProblemInfo>> ProblemsAsync(CancellationToken cancel) =>
        client.GetAsync<IReadOnlyList<ProblemInfo>>("api/problems", cancel);

    public Task<ProblemText> ProblemAsync(string id, CancellationToken cancel) =>
        client.GetAsync<ProblemText>($"api/problems/{Uri.EscapeDataString(id)}", cancel);

    /// <summary>Submits, then follows the events stream so tests show as they finish; falls back to polling if the stream breaks.</summary>
    public async Task<SubmissionOutcome> SubmitAsync(string problemId, string source, ISubmissionListener listener, CancellationToken cancel)
    {
        var accepted = await client.PostAsync<SubmissionAccepted>("api/submissions", new { problemId, language = "csharp", source }, cancel);
        listener.Queued(accepted.Id);
        listener.StatusChanged(accepted.Status);
        var reported = 0;
        try
        {
            await foreach (var item in client.EventsAsync($"api/submissions/{accepted.Id}/events", cancel))
            {
                switch (item.EventType)
                {
                    case "status":
                        listener.StatusChanged(JudgeClient.Parse<StatusEvent>(item.Data).Status);
                        break;
                    case "test":
                        listener.TestFinished(JudgeClient.Parse<TestResult>(item.Data));
                        reported++;
                        break;
                    case "result":
                        return JudgeClient.Parse<SubmissionOutcome>(item.Data);
                }
            }
        }
        catch (Exception e) when (e is IOException or HttpRequestException || e is CliException { ExitCode: ExitCodes.Server })
        {
            // The stream broke (a proxy, a restart): the submission is safe on the server, so ask for it instead.
        }
        return await PollAsync(accepted.Id, reported, listener, cancel);
    }

    public async Task<GradeOutcome> GradeAsync(GradeRequest request, IGradeListener listener, CancellationToken cancel)
    {
        var batch = new
        {
            title = request.Title,
            submissions = request.Solutions.Select(s => new { candidate = s.Candidate, problemId = s.ProblemId, source = s.Source }),
        };
        var accepted = await client.PostAsync<BatchAccepted>("api/batches", batch, cancel);
        return await FollowBatchAsync(accepted.Id, listener, cancel);
    }

    /// <summary>
    /// Follows a batch until the server has judged all of it, then fetches its report. Cancelling stops following
    /// (the server goes on judging) and fetches the report of what is done so far.
    /// </summary>
    public async Task<GradeOutcome> FollowBatchAsync(string batchId, IGradeListener listener, CancellationToken cancel)
    {
        var path = $"api/batches/{Uri.EscapeDataString(batchId)}";
        var started = false;
        try
        {
            while (true)
            {
                var progress = await client.GetAsync<BatchProgress>(path, cancel);
                if (!started)
                {
                    listener.Started(batchId, progress.Total);
                    started = true;
                }
                listener.Progressed(progress.Tally());
                if (progress.Finished)
                {
                    break;
                }
                await Task.Delay(PollInterval, cancel);
            }
        }
        catch (OperationCanceledException) when (cancel.IsCancellationRequested)
        {
            // Ctrl+C: report what the server has finished so far.
        }
        using var grace = new CancellationTokenSource(ReportGrace);
        var report = JsonReport.Read(await client.GetTextAsync($"{path}/report?format=json", grace.Token));
        return new GradeOutcome(report, report.Cells.Any(c => c.Verdict is null), batchId);
    }

    public void Dispose() => client.Dispose();

    private async Task<SubmissionOutcome> PollAsync(string id, int reported, ISubmissionListener listener, CancellationToken cancel)
    {
        while (true)
        {
            var latest = await client.GetAsync<SubmissionOutcome>($"api/submissions/{id}", cancel);
            for (; reported < latest.Tests.Count; reported++)
            {
                listener.TestFinished(latest.Tests[reported]);
            }
            if (latest.Status == JudgeStatus.Completed)
            {
                return latest;
            }
            listener.StatusChanged(latest.Status);
            await Task.Delay(PollInterval, cancel);
        }
    }
}
