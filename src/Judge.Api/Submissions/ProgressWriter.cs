using Judge.Core.Verdicts;

namespace Judge.Api.Submissions;

/// <summary>
/// Stores a submission's tests as they finish without holding up the judging: the judge only hands each result
/// over, and one write at a time stores everything handed over since the last one, in a single transaction.
/// A runner reports small tests faster than the database takes one write each, and a judge that waited for each
/// write ended its run later by several milliseconds. Progress is for people watching; the result that
/// completes the submission carries every test again, and once it is stored a late progress write adds nothing.
/// </summary>
public sealed class ProgressWriter(IJudgeQueue queue, SubmissionSignals signals, JudgeClaim claim, ILogger log)
{
    private readonly Lock gate = new();
    private readonly List<TestResult> pending = [];
    private Task writing = Task.CompletedTask;
    /// <summary>Set while a write runs; cleared by it, under the gate, once nothing is pending.</summary>
    private bool busy;

    public void Add(TestResult test)
    {
        lock (gate)
        {
            pending.Add(test);
            if (!busy)
            {
                busy = true;
                writing = Task.Run(WritePending);
            }
        }
    }

    /// <summary>Completes when everything handed over so far is stored.</summary>
    public Task Flushed
    {
        get
        {
            lock (gate)
            {
                return writing;
            }
        }
    }

    private void WritePending()
    {
        while (true)
        {
            TestResult[] batch;
            lock (gate)
            {
                if (pending.Count == 0)
                {
                    busy = false;
                    return;
                }
                batch = [.. pending];
                pending.Clear();
            }
            try
            {
                queue.RecordTests(claim, batch);
                signals.Changed(claim.SubmissionId);
            }
            catch (Exception e)
            {
                // Lost progress is shown late, not lost: the completed result stores every test.
                log.LogWarning(e, "Could not store the progress of {Id}", claim.SubmissionId);
            }
        }
    }
}
