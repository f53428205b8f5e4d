using System.Collections.Concurrent;
using System.Diagnostics;

namespace Judge.Sandbox;

/// <summary>
/// Starts every sandboxed worker from one thread that lives as long as the host. bubblewrap's <c>--die-with-parent</c>
/// sets PR_SET_PDEATHSIG, which fires when the <em>thread</em> that forked the process ends, not the process (prctl(2)):
/// a worker started from a thread-pool thread died when that thread retired, and one started from a test's thread when
/// the test framework ended it.
/// </summary>
internal static class SpawnThread
{
    private static readonly BlockingCollection<(ProcessStartInfo Start, TaskCompletionSource<Process> Started)> Requests = new();

    static SpawnThread() => new Thread(Serve) { IsBackground = true, Name = "judge-spawn" }.Start();

    public static Process Start(ProcessStartInfo start)
    {
        var started = new TaskCompletionSource<Process>(TaskCreationOptions.RunContinuationsAsynchronously);
        Requests.Add((start, started));
        return started.Task.GetAwaiter().GetResult();
    }

    private static void Serve()
    {
        foreach (var (start, started) in Requests.GetConsumingEnumerable())
        {
            try
            {
                started.SetResult(Process.Start(start) ?? throw new InvalidOperationException($"{start.FileName} did not start."));
            }
            catch (Exception e)
            {
                started.SetException(e);
            }
        }
    }
}
