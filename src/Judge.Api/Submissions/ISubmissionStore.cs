namespace Judge.Api.Submissions;

/// <summary>
/// Where submissions live. In memory today; kept small so a database (SQLite, then PostgreSQL for several
/// judge nodes) can take its place without touching the endpoints or the workers.
/// </summary>
public interface ISubmissionStore
{
    void Add(Submission submission);

    Submission? Find(string id);

    /// <summary>Forgets a submission that was never queued (the queue was full and the client was told to retry).</summary>
    void Remove(string id);

    /// <summary>Replaces a submission with <paramref name="change"/> applied to its current state.</summary>
    Submission Update(string id, Func<Submission, Submission> change);

    /// <summary>Completes when the submission is completed or the timeout passes; returns its latest state.</summary>
    Task<Submission?> WaitForCompletionAsync(string id, TimeSpan timeout, CancellationToken cancel);
}
