using Judge.Core.Verdicts;
using Judge.Engine.Compilation;
using Judge.Engine.Judging;
using Judge.Engine.Problems;
using Judge.Sandbox;
using Microsoft.Extensions.Options;

namespace Judge.Api.Submissions;

/// <summary>Takes submissions off the queue and judges them, <see cref="JudgeOptions.Workers"/> at a time.</summary>
public sealed class JudgeWorker(
    IJudgeQueue queue,
    ISubmissionStore store,
    ProblemCatalog problems,
    JudgePipeline pipeline,
    CompilerPool compilers,
    WorkerLauncher launcher,
    IOptions<Infrastructure.JudgeOptions> options,
    Engine.JudgeMetrics metrics,
    ILogger<JudgeWorker> log) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stopping)
    {
        // Warm a compiler in the background: start-up must not wait for Roslyn.
        _ = Task.Run(compilers.Warm, stopping);
        return Task.WhenAll(Enumerable.Range(0, options.Value.Workers).Select(_ => Task.Run(() => LoopAsync(stopping), stopping)));
    }

    private async Task LoopAsync(CancellationToken stopping)
    {
        while (!stopping.IsCancellationRequested)
        {
            string id;
            try
            {
                id = await queue.DequeueAsync(stopping);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            try
            {
                await JudgeOneAsync(id, stopping);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // Nothing about one submission may stop the workers: record the failure and carry on.
                log.LogError(e, "Judging {Id} failed", id);
                store.Update(id, s => s with { Status = JudgeStatus.Completed, Result = new JudgeResult(Verdict.InternalError, 0, 0, 0, 0, 0, [], []) });
            }
        }
    }

    private async Task JudgeOneAsync(string id, CancellationToken stopping)
    {
        var submission = store.Find(id)!;
        if (launcher.Status.Unsafe)
        {
            log.LogWarning("Judging {Id} in UNSAFE LOCAL MODE: the submission is not fully isolated.", id);
        }
        var problem = problems.Find(submission.ProblemId)!;
        JudgeResult result;
        try
        {
            result = await pipeline.JudgeAsync(problem, submission.Source, new StoreObserver(store, id), stopping);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.LogError(e, "Judging {Id} failed inside the judge", id);
            result = JudgePipeline.NothingRan(problem, Verdict.InternalError, []);
        }
        store.Update(id, s => s with { Status = JudgeStatus.Completed, Result = result });
        metrics.Judged(result.Verdict);
        log.LogInformation("{Id} ({Problem}): {Verdict}, {Passed}/{Total}", id, problem.Id, result.Verdict, result.Passed, result.Total);
    }

    /// <summary>Records progress as it happens, so a client polling the submission sees tests finish one by one.</summary>
    private sealed class StoreObserver(ISubmissionStore store, string id) : IJudgeObserver
    {
        public void StatusChanged(JudgeStatus status) => store.Update(id, s => s with { Status = status });

        public void TestFinished(TestResult test) => store.Update(id, s => s with { TestsSoFar = [.. s.TestsSoFar, test] });
    }
}
