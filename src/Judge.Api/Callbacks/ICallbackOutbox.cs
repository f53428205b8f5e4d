namespace Judge.Api.Callbacks;

/// <summary>
/// Results waiting to be delivered to callback URLs. Kept in the database, so a delivery owed before a
/// restart is still made after it.
/// </summary>
public interface ICallbackOutbox
{
    IReadOnlyList<DueCallback> Due(DateTimeOffset now, int limit);

    void Delivered(string submissionId);

    /// <summary>Records a failed try: retried at <paramref name="retryAt"/>, or given up on when it is null.</summary>
    void Failed(string submissionId, DateTimeOffset? retryAt);
}

public sealed record DueCallback(string SubmissionId, string Url, int Attempts);
