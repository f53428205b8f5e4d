using Judge.Api.Storage;
using Judge.Api.Submissions;
using Judge.Api.Tests.Infrastructure;
using Judge.Core.Verdicts;
using Judge.Engine.Judging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Judge.Api.Tests.Storage;

/// <summary>
/// Progress handed over faster than one write each, on a real SQLite file: every test is stored once, in the order
/// it finished, nothing is added once the submission is completed, and nothing at all when its result comes
/// before the progress writer has finished gathering.
/// </summary>
public sealed class ProgressWriterTests : IDisposable
{
    private const string Id = "progress";
    private readonly StoreOnDisk disk = new();
    private readonly SubmissionSignals signals = new();
    private readonly SqliteSubmissionStore store;

    public ProgressWriterTests() => store = disk.Store;

    [Fact]
    public async Task TestsHandedOverInABurst_AreAllStoredInOrder_AndTheWaitersHearOfThem()
    {
        var claim = Claim();
        var heard = signals.NextChange(Id);
        var progress = new ProgressWriter(store, signals, claim, NullLogger.Instance);
        var names = Enumerable.Range(0, 200).Select(i => $"test-{i}").ToList();

        foreach (var name in names)
        {
            progress.Add(Test(name));
        }
        await progress.Flushed;

        Assert.True(heard.IsCompleted);
        Assert.Equal(names, store.Find(Id)!.TestsSoFar.Select(t => t.Name));
    }

    [Fact]
    public async Task ProgressAfterTheResultIsStored_AddsNothing()
    {
        var claim = Claim();
        var progress = new ProgressWriter(store, signals, claim, NullLogger.Instance);
        progress.Add(Test("first"));
        await progress.Flushed;
        Assert.True(store.Complete(claim, new JudgeResult(Verdict.Accepted, 100, 1, 1, 1, 1024, [], [Test("first")])));

        progress.Add(Test("late"));
        await progress.Flushed;

        Assert.Equal(["first"], store.Find(Id)!.Result!.Tests.Select(t => t.Name));
        Assert.Equal(["first"], JudgeDatabase.Column(disk.DataPath, "SELECT name FROM test_results WHERE submission_id = $id", ("$id", Id)));
    }

    [Fact]
    public async Task ResultsStoppedWhileGathering_AreNeverWrittenAsProgress()
    {
        var claim = Claim();
        var heard = signals.NextChange(Id);
        var progress = new ProgressWriter(store, signals, claim, NullLogger.Instance, gathering: TimeSpan.FromMilliseconds(200));

        progress.Add(Test("first"));
        progress.Add(Test("second"));
        progress.Stop();
        progress.Add(Test("after the stop"));
        await progress.Flushed;

        Assert.Empty(store.Find(Id)!.TestsSoFar);
        Assert.Empty(JudgeDatabase.Column(disk.DataPath, "SELECT name FROM test_results WHERE submission_id = $id", ("$id", Id)));
        Assert.False(heard.IsCompleted);
    }

    private JudgeClaim Claim()
    {
        disk.AddQueued(Id);
        var claim = store.ClaimNext()!;
        store.RecordStatus(claim, JudgeStatus.Running);
        return claim;
    }

    private static TestResult Test(string name) => new(name, "samples", Verdict.Accepted, 1, 1024, null);

    public void Dispose() => disk.Dispose();
}
