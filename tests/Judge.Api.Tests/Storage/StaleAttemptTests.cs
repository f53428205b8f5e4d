using Judge.Api.Storage;
using Judge.Api.Submissions;
using Judge.Api.Tests.Infrastructure;
using Judge.Core.Verdicts;
using Judge.Engine.Judging;

namespace Judge.Api.Tests.Storage;

/// <summary>
/// The store on a real SQLite file: after a restart puts a submission back in the queue and a new attempt claims it,
/// the old attempt's late writes are refused, so the submission ends with the new attempt's result alone.
/// </summary>
public sealed class StaleAttemptTests : IDisposable
{
    private const string Id = "stale-attempt";
    private readonly StoreOnDisk disk = new();

    private readonly SqliteSubmissionStore store;

    public StaleAttemptTests() => store = disk.Store;

    [Fact]
    public void OldClaim_AfterRequeueAndANewClaim_IsRefusedAndTheNewAttemptsResultStands()
    {
        disk.AddQueued(Id);
        var old = store.ClaimNext()!;
        store.RecordTests(old, [Test("before-the-restart", Verdict.WrongAnswer)]);
        Assert.Equal(1, store.RequeueUnfinished());
        var current = store.ClaimNext()!;
        Assert.Equal((Id, old.Attempt + 1), (current.SubmissionId, current.Attempt));

        store.RecordStatus(old, JudgeStatus.Running);
        store.RecordTests(old, [Test("late-from-the-old-attempt", Verdict.WrongAnswer)]);
        Assert.False(store.Complete(old, Result(Verdict.WrongAnswer, Test("late-from-the-old-attempt", Verdict.WrongAnswer))));

        var meanwhile = store.Find(Id)!;
        Assert.Equal(JudgeStatus.Compiling, meanwhile.Status);
        Assert.Null(meanwhile.Result);
        Assert.Empty(meanwhile.TestsSoFar);

        store.RecordStatus(current, JudgeStatus.Running);
        store.RecordTests(current, [Test("example-1", Verdict.Accepted)]);
        Assert.True(store.Complete(current, Result(Verdict.Accepted, Test("example-1", Verdict.Accepted))));
        Assert.False(store.Complete(old, Result(Verdict.WrongAnswer, Test("late-from-the-old-attempt", Verdict.WrongAnswer))));

        var final = store.Find(Id)!;
        Assert.Equal((JudgeStatus.Completed, 2, Verdict.Accepted), (final.Status, final.Attempt, final.Result?.Verdict));
        Assert.Equal(["example-1"], final.Result!.Tests.Select(t => t.Name));
        // The old attempt's history ends where the restart put it back in the queue: its later Running left no trace.
        Assert.Equal(["Compiling", "Queued"], JudgeDatabase.Column(disk.DataPath,
            "SELECT status FROM status_changes WHERE submission_id = $id AND attempt = $attempt ORDER BY rowid", ("$id", Id), ("$attempt", old.Attempt)));
    }

    public void Dispose() => disk.Dispose();

    private static TestResult Test(string name, Verdict verdict) => new(name, "samples", verdict, 1, 1024, null);

    private static JudgeResult Result(Verdict verdict, TestResult test) =>
        new(verdict, verdict == Verdict.Accepted ? 100 : 0, verdict == Verdict.Accepted ? 1 : 0, 1, 1, 1024, [], [test]);
}
