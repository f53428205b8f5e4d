using System.Diagnostics;

namespace Judge.Runner;

/// <summary>
/// The thread the submission's calls run on, one call at a time, with the problem's stack size. A runner serves
/// one submission, so its tests share one thread instead of paying for a new one each (a thread start and two
/// context switches cost more than a small test's call). A call that does not finish in time keeps the thread;
/// the runner then stops (see <see cref="TestSession"/>), and a later call would get a fresh thread.
/// </summary>
internal sealed class SubmissionThread : IDisposable
{
    private readonly ManualResetEventSlim ready = new();
    private readonly ManualResetEventSlim finished = new();
    private Func<object?>? call;
    private bool disposed;

    public SubmissionThread(int stackSizeKb)
    {
        new Thread(Loop, stackSizeKb * 1024) { IsBackground = true, Name = "submission" }.Start();
    }

    public object? Result { get; private set; }

    public Exception? Failure { get; private set; }

    /// <summary>Wall-clock time of the call alone.</summary>
    public TimeSpan Elapsed { get; private set; }

    /// <summary>Runs the call on this thread; false when it has not finished after <paramref name="timeoutMs"/>.</summary>
    public bool Run(Func<object?> work, int timeoutMs)
    {
        call = work;
        finished.Reset();
        ready.Set();
        return finished.Wait(timeoutMs);
    }

    private void Loop()
    {
        while (true)
        {
            ready.Wait();
            ready.Reset();
            if (Volatile.Read(ref disposed))
            {
                return;
            }
            Result = null;
            Failure = null;
            var clock = Stopwatch.StartNew();
            try
            {
                Result = call!();
            }
            catch (Exception e)
            {
                Failure = e;
            }
            finally
            {
                Elapsed = clock.Elapsed;
                call = null;
                finished.Set();
            }
        }
    }

    /// <summary>Lets an idle thread end; a thread still inside a call is left to the process's exit.</summary>
    public void Dispose()
    {
        Volatile.Write(ref disposed, true);
        ready.Set();
    }
}
