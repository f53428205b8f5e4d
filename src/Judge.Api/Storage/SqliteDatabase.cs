using Microsoft.Data.Sqlite;

namespace Judge.Api.Storage;

/// <summary>
/// The service's SQLite file: opened in WAL mode (readers never wait for the writer) and migrated at start.
/// Connections are pooled by Microsoft.Data.Sqlite, so each operation opens its own cheaply.
/// </summary>
public sealed class SqliteDatabase
{
    private readonly string connectionString;

    /// <summary>Held by this process's one writer at a time (see <see cref="Write{T}"/>).</summary>
    private readonly Lock writer = new();

    public SqliteDatabase(string path)
    {
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path))!);
        Path = path;
        connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Pooling = true,
            // A writer waits this long for another writer's lock instead of failing with SQLITE_BUSY.
            DefaultTimeout = 30,
        }.ToString();
        using var connection = Open();
        Execute(connection, "PRAGMA journal_mode = WAL;");
        Migrate(connection);
    }

    public string Path { get; }

    /// <summary>The <c>user_version</c> a migrated database has: the number of migrations this build knows.</summary>
    public static int SchemaVersion => Schema.Migrations.Length;

    public SqliteConnection Open()
    {
        var connection = new SqliteConnection(connectionString);
        connection.Open();
        // Per connection: WAL with NORMAL sync survives a process kill (not a power cut) and spares an fsync per write.
        // A writer that finds another process writing waits inside SQLite, in steps of a few milliseconds.
        Execute(connection, "PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 30000;");
        return connection;
    }

    /// <summary>
    /// Runs <paramref name="work"/> in one transaction as this process's only writer at the time. SQLite admits one
    /// writer at once anyway, and Microsoft.Data.Sqlite answers a write that finds the file busy by sleeping 150 ms
    /// before it tries again: with progress, results and new submissions written from several threads, about one
    /// submission in twenty paid that. Waiting here costs only the other write's own time. Reads need no turn (WAL).
    /// </summary>
    public T Write<T>(Func<SqliteConnection, T> work)
    {
        lock (writer)
        {
            using var connection = Open();
            using var transaction = connection.BeginTransaction();
            var result = work(connection);
            transaction.Commit();
            return result;
        }
    }

    public void Write(Action<SqliteConnection> work) => Write(connection =>
    {
        work(connection);
        return true;
    });

    private static void Migrate(SqliteConnection connection)
    {
        var version = Convert.ToInt32(Scalar(connection, "PRAGMA user_version;"), System.Globalization.CultureInfo.InvariantCulture);
        for (var next = version; next < Schema.Migrations.Length; next++)
        {
            using var transaction = connection.BeginTransaction();
            Execute(connection, Schema.Migrations[next], transaction);
            Execute(connection, $"PRAGMA user_version = {next + 1};", transaction);
            transaction.Commit();
        }
    }

    private static void Execute(SqliteConnection connection, string sql, SqliteTransaction? transaction = null)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        command.ExecuteNonQuery();
    }

    private static object? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}
