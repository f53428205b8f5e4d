using Judge.Api.Storage;
using Judge.Api.Submissions;
using Judge.Engine.Judging;

namespace Judge.Api.Tests.Storage;

/// <summary>A submission store on a real SQLite file in a folder of its own, removed with it.</summary>
public sealed class StoreOnDisk : IDisposable
{
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("judge-store-test-");

    public StoreOnDisk() =>
        Store = new SqliteSubmissionStore(new SqliteDatabase(Path.Combine(folder.FullName, "judge.db")), TimeProvider.System);

    public SqliteSubmissionStore Store { get; }

    /// <summary>The folder holding the database file (what <c>JudgeDatabase</c> reads).</summary>
    public string DataPath => folder.FullName;

    /// <summary>Queues a small submission under <paramref name="id"/>.</summary>
    public void AddQueued(string id) =>
        Assert.True(Store.TryAdd(new Submission(id, "valid-palindrome", "csharp", "class Solution {}", "anonymous", DateTimeOffset.UtcNow, JudgeStatus.Queued, 0, null, []), queueCapacity: 10));

    public void Dispose()
    {
        // Pooled connections keep the file open; let go of them before removing the folder.
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        folder.Delete(recursive: true);
    }
}
