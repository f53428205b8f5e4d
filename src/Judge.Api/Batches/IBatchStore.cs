using Judge.Api.Submissions;

namespace Judge.Api.Batches;

/// <summary>Batches and the submissions they hold. Beside <see cref="ISubmissionStore"/>, and as small.</summary>
public interface IBatchStore
{
    /// <summary>Stores the batch and queues all of its submissions at once, or none when the queue lacks room for them all.</summary>
    bool TryAdd(Batch batch, IReadOnlyList<Submission> submissions, int queueCapacity);

    Batch? Find(string id);
}
