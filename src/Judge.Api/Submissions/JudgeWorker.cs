using Judge.Core.Verdicts;
using Judge.Engine.Compilation;
using Judge.Engine.Judging;
using Judge.Engine.Problems;
using Judge.Sandbox;
using Microsoft.Extensions.Options;

namespace Judge.Api.Submissions;

/// <summary>
/// Takes submissions off the durable queue and judges them, <see cref="Infrastructure.JudgeOptions.Workers"/>
/// at a time. At start it first puts back what a stopped process left half-judged.
/// </summary>
public sealed class JudgeWorker(
    IJudgeQueue queue,
    ISubmissionStore store,
    SubmissionSignals signals,
    ProblemCatalog problems,
    JudgePipeline pipeline,
    CompilerPool compilers,
    WorkerLauncher launcher,
    IOptions<Infrastructure.JudgeOptions> options,
    Engine.JudgeMetrics metrics,
    ILogger<JudgeWorker> log) : BackgroundService
{
    private static readonly TimeSpan IdleRecheck = TimeSpan.FromSeconds(1);

    protected override Task ExecuteAsync(CancellationToken stopping)
    {
        var requeued = queue.RequeueUnfinished();
        if (requeued > 0)
        {
            log.LogWarning("{Count} submission(s) were being judged when the service last stopped; they are queued again.", requeued);
        }
        // Warm a compiler in the background: start-up must not wait for Roslyn.
        _ = Task.Run(compilers.Warm, stopping);
        return Task.WhenAll(Enumerable.Range(0, options.Value.Workers).Select(_ => Task.Run(() => LoopAsync(stopping), stopping)));
    }

    private async Task LoopAsync(CancellationToken stopping)
    {
        while (!stopping.IsCancellationRequested)
        {
            JudgeClaim? claim = null;
            try
            {
                claim = queue.ClaimNext();
                if (claim is null)
                {
                    await signals.WaitForWorkAsync(IdleRecheck, stopping);
                    continue;
                }
                signals.Changed(claim.SubmissionId);
                await JudgeOneAsync(claim, stopping);
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                // Shutting down: a claimed submission stays Compiling/Running and is queued again at the next start.
                return;
            }
            catch (Exception e)
            {
                // Nothing about one submission may stop the workers: record the failure and carry on.
                log.LogError(e, "Judging {Id} failed", claim?.SubmissionId);
                if (claim is not null)
                {
                    TryComplete(claim, new JudgeResult(Verdict.InternalError, 0, 0, 0, 0, 0, [], []));
                }
            }
        }
    }

    private async Task JudgeOneAsync(JudgeClaim claim, CancellationToken stopping)
    {
        var submission = store.Find(claim.SubmissionId)!;
        if (launcher.Status.Unsafe)
        {
            log.LogWarning("Judging {Id} in UNSAFE LOCAL MODE: the submission is not fully isolated.", claim.SubmissionId);
        }
        var problem = problems.Find(submission.ProblemId)!;
        JudgeResult result;
        var observer = new StoreObserver(queue, signals, claim, log);
        try
        {
            result = await pipeline.JudgeAsync(problem, submission.Source, observer, stopping);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.LogError(e, "Judging {Id} failed inside the judge", claim.SubmissionId);
            result = JudgePipeline.NothingRan(problem, Verdict.InternalError, []);
        }
        finally
        {
            // Also when shutting down: a submission judged again at the next start needs none of this progress.
            observer.Finished();
        }
        TryComplete(claim, result);
        metrics.Judged(result.Verdict);
        log.LogInformation("{Id} ({Problem}): {Verdict}, {Passed}/{Total}", claim.SubmissionId, problem.Id, result.Verdict, result.Passed, result.Total);
    }

    private void TryComplete(JudgeClaim claim, JudgeResult result)
    {
        if (!queue.Complete(claim, result))
        {
            log.LogWarning("{Id}: attempt {Attempt} finished after another attempt took over; its result is discarded.", claim.SubmissionId, claim.Attempt);
        }
        signals.Changed(claim.SubmissionId);
    }

    /// <summary>Records progress as it happens, so clients see tests finish one by one.</summary>
    private sealed class StoreObserver(IJudgeQueue queue, SubmissionSignals signals, JudgeClaim claim, ILogger log) : IJudgeObserver
    {
        private readonly ProgressWriter progress = new(queue, signals, claim, log);
        /// <summary>Claiming the submission made it Compiling; the pipeline's own Compiling changes nothing to store.</summary>
        private JudgeStatus stored = JudgeStatus.Compiling;

        public void StatusChanged(JudgeStatus status)
        {
            if (status == stored)
            {
                return;
            }
            queue.RecordStatus(claim, status);
            stored = status;
            signals.Changed(claim.SubmissionId);
        }

        public void TestFinished(TestResult test) => progress.Add(test);

        /// <summary>The result is stored next, with every test.</summary>
        public void Finished() => progress.Stop();
    }
}
