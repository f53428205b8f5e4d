using System.Runtime.ExceptionServices;
using Judge.Core.Protocol;

namespace Judge.Runner;

/// <summary>
/// The thread a submission's tests run on, with the problem's stack size: it reads each test, makes the call and
/// writes the result, while the thread that started it watches the calls' time (<see cref="TestExecutor.Watch"/>).
/// A runner serves one submission, so its tests share this one thread. Reading a test's input and writing its result
/// happen here too, so they share the problem's stack with the submission: a result nested deeper than that stack
/// allows ends the run as the submission's stack overflow.
/// </summary>
public static class SubmissionThread
{
    /// <summary>
    /// Runs <paramref name="work"/> on the thread and waits for it. Returns the result of a call that ran past its
    /// limit, which the caller reports before the process exits (the call cannot be stopped), or null when the work
    /// ended; an exception of the judge's own code in the work is thrown here.
    /// </summary>
    public static RunEvent? Run(int stackSizeKb, TestExecutor executor, Action work)
    {
        using var done = new ManualResetEventSlim();
        Exception? error = null;
        new Thread(() =>
        {
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
        }, stackSizeKb * 1024) { IsBackground = true, Name = "submission" }.Start();
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
}
