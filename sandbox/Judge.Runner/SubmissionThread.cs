using System.Runtime.ExceptionServices;
using Judge.Core.Protocol;

namespace Judge.Runner;

/// <summary>
/// The thread a submission's tests run on, with the problem's stack size: it reads each test, makes the call and
/// writes the result, while the thread that hands it the work watches the calls' time (<see cref="TestExecutor.Watch"/>).
/// A runner serves one submission, so its tests share this one thread. Reading a test's input and writing its result
/// happen here too, so they share the problem's stack with the submission: a result nested deeper than that stack
/// allows ends the run as the submission's stack overflow.
/// The thread waits between pieces of work, so the warm-up's thread serves the submission too when the stack sizes
/// match (see <see cref="TestSession"/>): starting a thread in the run cost 0.6-1 ms of its time.
/// </summary>
public sealed class SubmissionThread
{
    private readonly object gate = new();
    private Action? pending;
    private ManualResetEventSlim? pendingDone;
    private Exception? error;

    public SubmissionThread(int stackSizeKb)
    {
        StackSizeKb = stackSizeKb;
        new Thread(Serve, stackSizeKb * 1024) { IsBackground = true, Name = "submission" }.Start();
    }

    public int StackSizeKb { get; }

    /// <summary>
    /// Runs <paramref name="work"/> on the thread and waits for it. Returns the result of a call that ran past its
    /// limit, which the caller reports before the process exits (the call cannot be stopped, and the thread serves
    /// nothing more), or null when the work ended; an exception of the judge's own code in the work is thrown here.
    /// </summary>
    public RunEvent? Run(TestExecutor executor, Action work)
    {
        using var done = new ManualResetEventSlim();
        lock (gate)
        {
            (pending, pendingDone, error) = (work, done, null);
            Monitor.Pulse(gate);
        }
        if (executor.Watch(done) is { } overrun)
        {
            return overrun;
        }
        if (error is not null)
        {
            ExceptionDispatchInfo.Throw(error);
        }
        return null;
    }

    private void Serve()
    {
        while (true)
        {
            Action work;
            ManualResetEventSlim done;
            lock (gate)
            {
                while (pending is null)
                {
                    Monitor.Wait(gate);
                }
                (work, done, pending) = (pending, pendingDone!, null);
            }
            try
            {
                work();
            }
            catch (Exception e)
            {
                error = e;
            }
            finally
            {
                done.Set();
            }
        }
    }
}
