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
/// Each write waits <see cref="Gathering"/> first, so that progress is stored at most once in that time, and a
/// submission judged within it (most small ones) stores none: its result, which <see cref="Stop"/> announces,
/// carries every test. Each progress write also wakes every client waiting on the submission, which then reads it
/// again.
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
                // On the thread pool even when the gathering is zero: never a database write on the judge's thread.
                writing = Task.Run(WriteGatheredAsync);
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

    /// <summary>Completes when everything handed over so far is stored, or dropped by <see cref="Stop"/>.</summary>
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

    /// <summary>Each write waits for the results to gather first, so that writes come at most one per gathering.</summary>
    private async Task WriteGatheredAsync()
    {
        while (true)
        {
            await Task.Delay(wait).ConfigureAwait(false);
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
