using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Judge.Api.Submissions;
using Judge.Core.Verdicts;
using Judge.Engine.Judging;
using Microsoft.Data.Sqlite;

namespace Judge.Api.Storage;

/// <summary>
/// Submissions, their test results and status history, and the judging queue, in one SQLite file.
/// The queue is the <c>status</c> column: a claim moves a row from Queued to Compiling and bumps its
/// attempt in one statement, and every later write names that attempt, so a stale worker can never
/// overwrite the judgement of the attempt that replaced it.
/// </summary>
public sealed class SqliteSubmissionStore(SqliteDatabase database, TimeProvider clock) : ISubmissionStore, IJudgeQueue
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    private const string InsertTestResult =
        "INSERT INTO test_results (submission_id, ordinal, name, test_group, verdict, time_ms, memory_kb, message, input, expected, actual)";

    public bool TryAdd(Submission submission, int queueCapacity) => database.Write(connection =>
    {
        if (Queued(connection) >= queueCapacity)
        {
            return false;
        }
        Insert(connection, submission);
        return true;
    });

    /// <summary>Submissions waiting for a worker: what the queue's capacity counts.</summary>
    internal static long Queued(SqliteConnection connection) =>
        connection.Count("SELECT COUNT(*) FROM submissions WHERE status = 'Queued'");

    /// <summary>Inserts a new submission as Queued, inside the caller's transaction.</summary>
    internal void Insert(SqliteConnection connection, Submission submission)
    {
        connection.Execute(
            """
            INSERT INTO submissions (id, problem_id, language, source, owner, created_at, status, callback_url)
            VALUES ($id, $problem, $language, $source, $owner, $created, 'Queued', $callback)
            """,
            ("$id", submission.Id), ("$problem", submission.ProblemId), ("$language", submission.Language),
            ("$source", submission.Source), ("$owner", submission.Owner), ("$created", SqlCommands.Timestamp(submission.CreatedAt)),
            ("$callback", submission.CallbackUrl));
        AddStatusChange(connection, submission.Id, 0, JudgeStatus.Queued, null);
    }

    public Submission? Find(string id)
    {
        using var connection = database.Open();
        using var command = connection.Command("SELECT * FROM submissions WHERE id = $id", ("$id", id));
        using var reader = command.ExecuteReader();
        return reader.Read() ? ReadSubmission(reader, ReadTests(connection, id)) : null;
    }

    public JudgeStatus? StatusOf(string id)
    {
        using var connection = database.Open();
        using var command = connection.Command("SELECT status FROM submissions WHERE id = $id", ("$id", id));
        return command.ExecuteScalar() is string status ? Enum.Parse<JudgeStatus>(status) : null;
    }

    public SubmissionPage List(SubmissionQuery query)
    {
        const string Filter = """
            WHERE ($problem IS NULL OR problem_id = $problem)
              AND ($verdict IS NULL OR verdict = $verdict)
              AND ($owner IS NULL OR owner = $owner)
            """;
        (string, object?)[] parameters = [("$problem", query.ProblemId), ("$verdict", query.Verdict?.ToString()), ("$owner", query.Owner)];
        using var connection = database.Open();
        var total = (int)connection.Count($"SELECT COUNT(*) FROM submissions {Filter}", parameters);
        using var command = connection.Command(
            $"SELECT * FROM submissions {Filter} ORDER BY seq DESC LIMIT $limit OFFSET $offset",
            [.. parameters, ("$limit", query.PageSize), ("$offset", (long)(query.Page - 1) * query.PageSize)]);
        using var reader = command.ExecuteReader();
        var items = new List<Submission>();
        while (reader.Read())
        {
            // A list shows summaries: per-test results are fetched with the submission itself.
            items.Add(ReadSubmission(reader, []));
        }
        return new SubmissionPage(items, total);
    }

    public int CountQueued()
    {
        using var connection = database.Open();
        return (int)Queued(connection);
    }

    public JudgeClaim? ClaimNext() => database.Write(connection =>
    {
        using var claim = connection.Command(
            """
            UPDATE submissions SET status = 'Compiling', attempt = attempt + 1
            WHERE seq = (SELECT seq FROM submissions WHERE status = 'Queued' ORDER BY seq LIMIT 1)
            RETURNING id, attempt
            """);
        JudgeClaim? claimed;
        using (var reader = claim.ExecuteReader())
        {
            claimed = reader.Read() ? new JudgeClaim(reader.GetString(0), reader.GetInt32(1)) : null;
        }
        if (claimed is not null)
        {
            // Tests an interrupted attempt left behind are not this attempt's.
            connection.Execute("DELETE FROM test_results WHERE submission_id = $id", ("$id", claimed.SubmissionId));
            AddStatusChange(connection, claimed.SubmissionId, claimed.Attempt, JudgeStatus.Compiling, null);
        }
        return claimed;
    });

    public int RequeueUnfinished() => database.Write(connection =>
    {
        using var requeue = connection.Command(
            "UPDATE submissions SET status = 'Queued' WHERE status IN ('Compiling', 'Running') RETURNING id, attempt");
        var requeued = new List<(string Id, int Attempt)>();
        using (var reader = requeue.ExecuteReader())
        {
            while (reader.Read())
            {
                requeued.Add((reader.GetString(0), reader.GetInt32(1)));
            }
        }
        foreach (var (id, attempt) in requeued)
        {
            AddStatusChange(connection, id, attempt, JudgeStatus.Queued, "queued again: the service stopped while judging it");
        }
        return requeued.Count;
    });

    public void RecordStatus(JudgeClaim claim, JudgeStatus status) => database.Write(connection =>
    {
        if (connection.Execute(
                "UPDATE submissions SET status = $status WHERE id = $id AND attempt = $attempt AND status NOT IN ('Completed', $status)",
                ("$status", status.ToString()), ("$id", claim.SubmissionId), ("$attempt", claim.Attempt)) == 1)
        {
            AddStatusChange(connection, claim.SubmissionId, claim.Attempt, status, null);
        }
    });

    public void RecordTests(JudgeClaim claim, IReadOnlyList<TestResult> tests) => database.Write(connection =>
        connection.ExecuteEach(
            $"""
            {InsertTestResult}
            SELECT $id, (SELECT COUNT(*) FROM test_results WHERE submission_id = $id), $name, $group, $verdict, $time, $memory, $message, $input, $expected, $actual
            WHERE EXISTS (SELECT 1 FROM submissions WHERE id = $id AND attempt = $attempt AND status <> 'Completed')
            """,
            tests,
            test => [("$id", claim.SubmissionId), ("$attempt", claim.Attempt), .. TestParameters(test)]));

    public bool Complete(JudgeClaim claim, JudgeResult result) => database.Write(connection =>
    {
        var stored = connection.Execute(
            """
            UPDATE submissions SET status = 'Completed', verdict = $verdict, score = $score, passed = $passed, total = $total,
                time_ms = $time, memory_kb = $memory, diagnostics = $diagnostics, completed_at = $now,
                callback_state = CASE WHEN callback_url IS NULL THEN NULL ELSE 'pending' END, callback_due_at = $now
            WHERE id = $id AND attempt = $attempt AND status <> 'Completed'
            """,
            ("$verdict", result.Verdict.ToString()), ("$score", result.Score), ("$passed", result.Passed), ("$total", result.Total),
            ("$time", result.TimeMs), ("$memory", result.MemoryKb), ("$diagnostics", JsonSerializer.Serialize(result.Diagnostics, Json)),
            ("$now", SqlCommands.Timestamp(clock.GetUtcNow())), ("$id", claim.SubmissionId), ("$attempt", claim.Attempt)) == 1;
        if (stored)
        {
            // The final list is the truth: it also holds tests judged after the runner stopped reporting.
            connection.Execute("DELETE FROM test_results WHERE submission_id = $id", ("$id", claim.SubmissionId));
            connection.ExecuteEach(
                $"""
                {InsertTestResult}
                VALUES ($id, $ordinal, $name, $group, $verdict, $time, $memory, $message, $input, $expected, $actual)
                """,
                result.Tests.Select((test, ordinal) => (test, ordinal)),
                row => [("$id", claim.SubmissionId), ("$ordinal", row.ordinal), .. TestParameters(row.test)]);
            AddStatusChange(connection, claim.SubmissionId, claim.Attempt, JudgeStatus.Completed, null);
        }
        return stored;
    });

    private static (string, object?)[] TestParameters(TestResult test) =>
    [
        ("$name", test.Name), ("$group", test.Group), ("$verdict", test.Verdict.ToString()), ("$time", test.TimeMs),
        ("$memory", test.MemoryKb), ("$message", test.Message), ("$input", test.Input), ("$expected", test.Expected), ("$actual", test.Actual),
    ];

    private void AddStatusChange(SqliteConnection connection, string id, int attempt, JudgeStatus status, string? note) =>
        connection.Execute(
            "INSERT INTO status_changes (submission_id, attempt, status, at, note) VALUES ($id, $attempt, $status, $at, $note)",
            ("$id", id), ("$attempt", attempt), ("$status", status.ToString()), ("$at", SqlCommands.Timestamp(clock.GetUtcNow())), ("$note", note));

    private static List<TestResult> ReadTests(SqliteConnection connection, string id)
    {
        using var command = connection.Command("SELECT * FROM test_results WHERE submission_id = $id ORDER BY ordinal", ("$id", id));
        using var reader = command.ExecuteReader();
        var tests = new List<TestResult>();
        while (reader.Read())
        {
            tests.Add(new TestResult(
                reader.GetString(reader.GetOrdinal("name")),
                reader.GetString(reader.GetOrdinal("test_group")),
                Enum.Parse<Verdict>(reader.GetString(reader.GetOrdinal("verdict"))),
                reader.GetDouble(reader.GetOrdinal("time_ms")),
                reader.GetInt64(reader.GetOrdinal("memory_kb")),
                reader.NullableString("message"),
                reader.NullableString("input"),
                reader.NullableString("expected"),
                reader.NullableString("actual")));
        }
        return tests;
    }

    private static Submission ReadSubmission(SqliteDataReader reader, IReadOnlyList<TestResult> tests)
    {
        var status = Enum.Parse<JudgeStatus>(reader.GetString(reader.GetOrdinal("status")));
        JudgeResult? result = null;
        if (status == JudgeStatus.Completed)
        {
            result = new JudgeResult(
                Enum.Parse<Verdict>(reader.GetString(reader.GetOrdinal("verdict"))),
                reader.GetDouble(reader.GetOrdinal("score")),
                reader.GetInt32(reader.GetOrdinal("passed")),
                reader.GetInt32(reader.GetOrdinal("total")),
                reader.GetDouble(reader.GetOrdinal("time_ms")),
                reader.GetInt64(reader.GetOrdinal("memory_kb")),
                JsonSerializer.Deserialize<List<Diagnostic>>(reader.GetString(reader.GetOrdinal("diagnostics")), Json)!,
                tests);
        }
        return new Submission(
            reader.GetString(reader.GetOrdinal("id")),
            reader.GetString(reader.GetOrdinal("problem_id")),
            reader.GetString(reader.GetOrdinal("language")),
            reader.GetString(reader.GetOrdinal("source")),
            reader.GetString(reader.GetOrdinal("owner")),
            DateTimeOffset.Parse(reader.GetString(reader.GetOrdinal("created_at")), CultureInfo.InvariantCulture),
            status,
            reader.GetInt32(reader.GetOrdinal("attempt")),
            result,
            result is null ? tests : [],
            reader.NullableString("callback_url"));
    }

}
