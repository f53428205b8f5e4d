using System.Collections.Concurrent;

namespace Judge.Api.Submissions;

/// <summary>
/// In-process wake-ups, so nobody polls the database: workers hear that work was queued, and waiting
/// requests and event streams hear that a submission changed. The database stays the truth; a signal
/// only says "look again".
/// </summary>
public sealed class SubmissionSignals
{
    private readonly ConcurrentDictionary<string, TaskCompletionSource> changes = new();
    private readonly SemaphoreSlim work = new(0);

    /// <summary>Completes at the submission's next change. Take it before reading the state, so no change is missed.</summary>
    public Task NextChange(string id) =>
        changes.GetOrAdd(id, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).Task;

    /// <summary>Wakes whoever waits on the submission (and forgets the wait, so idle submissions hold nothing).</summary>
    public void Changed(string id)
    {
        if (changes.TryRemove(id, out var waiting))
        {
            waiting.TrySetResult();
        }
    }

    public void WorkQueued() => work.Release();

    /// <summary>Waits for queued work, or the timeout (which also lets a worker notice work another node queued).</summary>
    public Task WaitForWorkAsync(TimeSpan timeout, CancellationToken cancel) => work.WaitAsync(timeout, cancel);
}
