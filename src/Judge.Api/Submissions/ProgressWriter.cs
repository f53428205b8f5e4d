using Judge.Core.Verdicts;

namespace Judge.Api.Submissions;

/// <summary>
/// Stores a submission's tests as they finish without holding up the judging: the judge only hands each result
/// over, and one write at a time stores everything handed over since the last one, in a single transaction.
/// A runner reports small tests faster than the database takes one write each, and a judge that waited for each
/// write ended its run later by several milliseconds. Progress is for people watching; the result that
/// completes the submission carries every test again, and once it is stored a late progress write adds nothing.
/// </summary>
/// <remarks>
/// A write waits <see cref="Gathering"/> after the first result it will carry, so that progress is stored at most
/// about that often, and a submission judged within that time (most small ones) stores none: its result, which
/// <see cref="Stop"/> announces, carries every test. Each progress write also wakes every client waiting on the
/// submission, which then reads it again.
/// </remarks>
public sealed class ProgressWriter(IJudgeQueue queue, SubmissionSignals signals, JudgeClaim claim, ILogger log, TimeSpan? gathering = null)
{
    /// <summary>Long enough for a small submission's whole run, short enough that a person sees tests finish live.</summary>
    public static readonly TimeSpan Gathering = TimeSpan.FromMilliseconds(30);

    private readonly TimeSpan wait = gathering ?? Gathering;
    private readonly Lock gate = new();
    private readonly List<TestResult> pending = [];
    private Task writing = Task.CompletedTask;
    /// <summary>Set while a write waits or runs; cleared by it, under the gate, once nothing is pending.</summary>
    private bool busy;
    private bool stopped;

    public void Add(TestResult test)
    {
        lock (gate)
        {
            if (stopped)
            {
                return;
            }
            pending.Add(test);
            if (!busy)
            {
                busy = true;
                writing = WriteAfterGatheringAsync();
            }
        }
    }

    /// <summary>The submission's result, with every test, is about to be stored: progress not yet written never will be.</summary>
    public void Stop()
    {
        lock (gate)
        {
            stopped = true;
            pending.Clear();
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

    private async Task WriteAfterGatheringAsync()
    {
        await Task.Delay(wait).ConfigureAwait(false);
        WritePending();
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
