using Judge.Api.Batches;
using Judge.Api.Submissions;

namespace Judge.Api.Storage;

public sealed class SqliteBatchStore(SqliteDatabase database, SqliteSubmissionStore submissions) : IBatchStore
{
    public bool TryAdd(Batch batch, IReadOnlyList<Submission> queued, int queueCapacity) => database.Write(connection =>
    {
        if (SqliteSubmissionStore.Queued(connection) + queued.Count > queueCapacity)
        {
            return false;
        }
        connection.Execute(
            "INSERT INTO batches (id, title, owner, created_at) VALUES ($id, $title, $owner, $created)",
            ("$id", batch.Id), ("$title", batch.Title), ("$owner", batch.Owner), ("$created", SqlCommands.Timestamp(batch.CreatedAt)));
        foreach (var submission in queued)
        {
            submissions.Insert(connection, submission);
        }
        foreach (var entry in batch.Entries)
        {
            connection.Execute(
                "INSERT INTO batch_entries (batch_id, candidate, problem_id, submission_id) VALUES ($batch, $candidate, $problem, $submission)",
                ("$batch", batch.Id), ("$candidate", entry.Candidate), ("$problem", entry.ProblemId), ("$submission", entry.SubmissionId));
        }
        return true;
    });

    public Batch? Find(string id)
    {
        using var connection = database.Open();
        using var header = connection.Command("SELECT title, owner, created_at FROM batches WHERE id = $id", ("$id", id));
        using var reader = header.ExecuteReader();
        if (!reader.Read())
        {
            return null;
        }
        var (title, owner, created) = (reader.NullableString("title"), reader.GetString(1), DateTimeOffset.Parse(reader.GetString(2), System.Globalization.CultureInfo.InvariantCulture));
        using var entries = connection.Command(
            "SELECT candidate, problem_id, submission_id FROM batch_entries WHERE batch_id = $id ORDER BY candidate, problem_id", ("$id", id));
        using var rows = entries.ExecuteReader();
        var list = new List<BatchEntry>();
        while (rows.Read())
        {
            list.Add(new BatchEntry(rows.GetString(0), rows.GetString(1), rows.GetString(2)));
        }
        return new Batch(id, title, owner, created, list);
    }
}
