using Judge.Api.Storage;
using Judge.Api.Tests.Infrastructure;

namespace Judge.Api.Tests.Storage;

/// <summary>The database file a started service leaves: in WAL mode, and migrated to the newest schema.</summary>
public sealed class DatabaseFileTests(JudgeApiFactory api) : IClassFixture<JudgeApiFactory>
{
    [Fact]
    public async Task StartedService_HasAWalDatabaseAtTheNewestSchemaVersion()
    {
        using var health = await api.CreateClient().GetAsync("/healthz");
        health.EnsureSuccessStatusCode();

        Assert.Equal(["wal"], JudgeDatabase.Column(api.DataPath, "PRAGMA journal_mode"));
        Assert.Equal([SqliteDatabase.SchemaVersion.ToString(System.Globalization.CultureInfo.InvariantCulture)],
            JudgeDatabase.Column(api.DataPath, "PRAGMA user_version"));
        Assert.True(SqliteDatabase.SchemaVersion >= 2, "the submissions and the batches migrations");
    }
}
