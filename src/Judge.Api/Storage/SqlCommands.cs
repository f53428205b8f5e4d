using Microsoft.Data.Sqlite;

namespace Judge.Api.Storage;

/// <summary>Parameterised commands in one line each. Parameters are named <c>$name</c>; null becomes SQL NULL.</summary>
internal static class SqlCommands
{
    public static SqliteCommand Command(this SqliteConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }
        return command;
    }

    public static int Execute(this SqliteConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = connection.Command(sql, parameters);
        return command.ExecuteNonQuery();
    }

    /// <summary>
    /// Runs one statement once for each item, in one command: SQLite parses it once, not once per row (a submission's
    /// result stores a row per test).
    /// </summary>
    public static void ExecuteEach<T>(this SqliteConnection connection, string sql, IEnumerable<T> items, Func<T, (string Name, object? Value)[]> parameters)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var item in items)
        {
            command.Parameters.Clear();
            foreach (var (name, value) in parameters(item))
            {
                command.Parameters.AddWithValue(name, value ?? DBNull.Value);
            }
            command.ExecuteNonQuery();
        }
    }

    public static long Count(this SqliteConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = connection.Command(sql, parameters);
        return (long)command.ExecuteScalar()!;
    }

    public static string? NullableString(this SqliteDataReader reader, string column)
    {
        var ordinal = reader.GetOrdinal(column);
        return reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
    }

    /// <summary>UTC, round-trip format, fixed width: stored timestamps sort and compare as text.</summary>
    public static string Timestamp(DateTimeOffset at) => at.UtcDateTime.ToString("O", System.Globalization.CultureInfo.InvariantCulture);
}
