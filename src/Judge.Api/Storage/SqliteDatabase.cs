using Microsoft.Data.Sqlite;

namespace Judge.Api.Storage;

/// <summary>
/// The service's SQLite file: opened in WAL mode (readers never wait for the writer) and migrated at start.
/// Each read opens a connection from Microsoft.Data.Sqlite's pool; writes share one connection of their own.
/// </summary>
public sealed class SqliteDatabase : IDisposable
{
    private readonly string connectionString;

    /// <summary>Held by this process's one writer at a time (see <see cref="Write{T}"/>).</summary>
    private readonly Lock writer = new();
    private SqliteConnection? writerConnection;

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
        using var connection = OpenWriter();
        Execute(connection, "PRAGMA journal_mode = WAL;");
        Migrate(connection);
    }

    public string Path { get; }

    /// <summary>The <c>user_version</c> a migrated database has: the number of migrations this build knows.</summary>
    public static int SchemaVersion => Schema.Migrations.Length;

    /// <summary>
    /// A pooled connection for reading: reads need no turn (WAL), only SQLite's own wait for another process in the
    /// rare moment the write-ahead log is being reset. Writes go through <see cref="Write{T}"/>.
    /// </summary>
    public SqliteConnection Open() => OpenWith(BusyTimeout);

    /// <summary>
    /// Runs <paramref name="work"/> in one transaction as this process's only writer at the time. SQLite admits one
    /// writer at once anyway, and Microsoft.Data.Sqlite answers a write that finds the file busy by sleeping 150 ms
    /// before it tries again: with progress, results and new submissions written from several threads, about one
    /// submission in twenty paid that. Waiting here costs only the other write's own time.
    /// Every write uses one connection, opened at the first: a pooled connection per write ran its settings again
    /// each time, four or five times per submission. A write that fails closes it, and the next opens a fresh one.
    /// </summary>
    public T Write<T>(Func<SqliteConnection, T> work)
    {
        lock (writer)
        {
            writerConnection ??= OpenWriter();
            try
            {
                using var transaction = writerConnection.BeginTransaction();
                var result = work(writerConnection);
                transaction.Commit();
                return result;
            }
            catch
            {
                writerConnection.Dispose();
                writerConnection = null;
                throw;
            }
        }
    }

    /// <summary>
    /// The writer's connection. WAL with NORMAL sync survives a process kill (not a power cut) and spares an fsync per
    /// write. A writer that finds another process writing waits inside SQLite, in steps of a few milliseconds.
    /// </summary>
    private SqliteConnection OpenWriter() => OpenWith("PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON; " + BusyTimeout);

    /// <summary>How long a connection that finds the file locked by another process waits inside SQLite.</summary>
    private const string BusyTimeout = "PRAGMA busy_timeout = 30000;";

    private SqliteConnection OpenWith(string settings)
    {
        var connection = new SqliteConnection(connectionString);
        connection.Open();
        Execute(connection, settings);
        return connection;
    }

    public void Dispose()
    {
        lock (writer)
        {
            writerConnection?.Dispose();
            writerConnection = null;
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
