namespace Judge.Api.Storage;

/// <summary>
/// The database schema as numbered migrations. The database's <c>user_version</c> records how many have run;
/// at start the missing ones run in order, each in its own transaction. Never edit a shipped migration: add one.
/// </summary>
internal static class Schema
{
    public static readonly string[] Migrations =
    [
        """
        CREATE TABLE submissions (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            id TEXT NOT NULL UNIQUE,
            problem_id TEXT NOT NULL,
            language TEXT NOT NULL,
            source TEXT NOT NULL,
            owner TEXT NOT NULL,
            created_at TEXT NOT NULL,
            status TEXT NOT NULL,
            attempt INTEGER NOT NULL DEFAULT 0,
            verdict TEXT,
            score REAL,
            passed INTEGER,
            total INTEGER,
            time_ms REAL,
            memory_kb INTEGER,
            diagnostics TEXT,
            completed_at TEXT,
            callback_url TEXT,
            callback_state TEXT,
            callback_attempts INTEGER NOT NULL DEFAULT 0,
            callback_due_at TEXT
        );
        CREATE INDEX submissions_callbacks ON submissions (callback_state, callback_due_at);
        CREATE INDEX submissions_status ON submissions (status, seq);
        CREATE INDEX submissions_problem ON submissions (problem_id, seq);
        CREATE INDEX submissions_owner ON submissions (owner, seq);

        CREATE TABLE test_results (
            submission_id TEXT NOT NULL,
            ordinal INTEGER NOT NULL,
            name TEXT NOT NULL,
            test_group TEXT NOT NULL,
            verdict TEXT NOT NULL,
            time_ms REAL NOT NULL,
            memory_kb INTEGER NOT NULL,
            message TEXT,
            input TEXT,
            expected TEXT,
            actual TEXT,
            PRIMARY KEY (submission_id, ordinal)
        ) WITHOUT ROWID;

        CREATE TABLE status_changes (
            submission_id TEXT NOT NULL,
            attempt INTEGER NOT NULL,
            status TEXT NOT NULL,
            at TEXT NOT NULL,
            note TEXT
        );
        CREATE INDEX status_changes_submission ON status_changes (submission_id);
        """,
        """
        CREATE TABLE batches (
            id TEXT PRIMARY KEY,
            title TEXT,
            owner TEXT NOT NULL,
            created_at TEXT NOT NULL
        );

        CREATE TABLE batch_entries (
            batch_id TEXT NOT NULL REFERENCES batches (id),
            candidate TEXT NOT NULL,
            problem_id TEXT NOT NULL,
            submission_id TEXT NOT NULL REFERENCES submissions (id),
            PRIMARY KEY (batch_id, candidate, problem_id)
        ) WITHOUT ROWID;
        """,
    ];
}
