using System.Collections.Concurrent;
using Judge.Engine.Judging;

namespace Judge.Api.Submissions;

public sealed class InMemorySubmissionStore : ISubmissionStore
{
    private readonly ConcurrentDictionary<string, Submission> submissions = new();
    private readonly ConcurrentDictionary<string, TaskCompletionSource> completions = new();

    public void Add(Submission submission)
    {
        completions[submission.Id] = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        submissions[submission.Id] = submission;
    }

    public Submission? Find(string id) => submissions.GetValueOrDefault(id);

    public void Remove(string id)
    {
        submissions.TryRemove(id, out _);
        completions.TryRemove(id, out _);
    }

    public Submission Update(string id, Func<Submission, Submission> change)
    {
        var updated = submissions.AddOrUpdate(id, _ => throw new KeyNotFoundException(id), (_, current) => change(current));
        if (updated.Status == JudgeStatus.Completed && completions.TryRemove(id, out var done))
        {
            done.TrySetResult();
        }
        return updated;
    }

    public async Task<Submission?> WaitForCompletionAsync(string id, TimeSpan timeout, CancellationToken cancel)
    {
        if (completions.TryGetValue(id, out var done))
        {
            await Task.WhenAny(done.Task, Task.Delay(timeout, cancel));
        }
        return Find(id);
    }
}
