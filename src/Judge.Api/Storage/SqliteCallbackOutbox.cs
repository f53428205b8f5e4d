using Judge.Api.Callbacks;

namespace Judge.Api.Storage;

/// <summary>Callback deliveries as columns of the submission they report: state, attempts so far and when the next is due.</summary>
public sealed class SqliteCallbackOutbox(SqliteDatabase database) : ICallbackOutbox
{
    public IReadOnlyList<DueCallback> Due(DateTimeOffset now, int limit)
    {
        using var connection = database.Open();
        using var command = connection.Command(
            """
            SELECT id, callback_url, callback_attempts FROM submissions
            WHERE callback_state = 'pending' AND callback_due_at <= $now
            ORDER BY callback_due_at LIMIT $limit
            """,
            ("$now", SqlCommands.Timestamp(now)), ("$limit", limit));
        using var reader = command.ExecuteReader();
        var due = new List<DueCallback>();
        while (reader.Read())
        {
            due.Add(new DueCallback(reader.GetString(0), reader.GetString(1), reader.GetInt32(2)));
        }
        return due;
    }

    public void Delivered(string submissionId) => database.Write(connection => connection.Execute(
        "UPDATE submissions SET callback_state = 'delivered', callback_attempts = callback_attempts + 1 WHERE id = $id",
        ("$id", submissionId)));

    public void Failed(string submissionId, DateTimeOffset? retryAt) => database.Write(connection => connection.Execute(
        """
        UPDATE submissions SET callback_attempts = callback_attempts + 1,
            callback_state = CASE WHEN $retry IS NULL THEN 'failed' ELSE 'pending' END,
            callback_due_at = $retry
        WHERE id = $id
        """,
        ("$retry", retryAt is { } at ? SqlCommands.Timestamp(at) : null), ("$id", submissionId)));
}
