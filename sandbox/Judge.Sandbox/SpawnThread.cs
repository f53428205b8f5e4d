using System.Diagnostics;
using System.Runtime.ExceptionServices;

namespace Judge.Sandbox;

/// <summary>
/// Starts every sandboxed worker from one thread that lives as long as the host. bubblewrap's <c>--die-with-parent</c>
/// sets PR_SET_PDEATHSIG, which fires when the <em>thread</em> that forked the process ends, not the process (prctl(2)):
/// a worker started from a thread-pool thread died when that thread retired, and one started from a test's thread when
/// the test framework ended it.
/// </summary>
internal static class SpawnThread
{
    /// <summary>
    /// Requests, guarded by themselves, handed over with <see cref="Monitor.Wait(object)"/>, which blocks at once. A
    /// blocking collection and a task's wait both spin with <c>sched_yield</c> before they block: about 90 calls per
    /// runner started, for a thread that waits between runners anyway.
    /// </summary>
    private static readonly Queue<Request> Requests = new();

    static SpawnThread() => new Thread(Serve) { IsBackground = true, Name = "judge-spawn" }.Start();

    public static Process Start(ProcessStartInfo start)
    {
        var request = new Request(start);
        lock (Requests)
        {
            Requests.Enqueue(request);
            Monitor.Pulse(Requests);
        }
        return request.Await();
    }

    private static void Serve()
    {
        while (true)
        {
            Request next;
            lock (Requests)
            {
                while (Requests.Count == 0)
                {
                    Monitor.Wait(Requests);
                }
                next = Requests.Dequeue();
            }
            next.Run();
        }
    }

    /// <summary>One process to start, and its outcome once started.</summary>
    private sealed class Request(ProcessStartInfo start)
    {
        private readonly object gate = new();
        private Process? started;
        private Exception? failure;
        private bool done;

        public void Run()
        {
            Process? process = null;
            Exception? error = null;
            try
            {
                process = Process.Start(start) ?? throw new InvalidOperationException($"{start.FileName} did not start.");
            }
            catch (Exception e)
            {
                error = e;
            }
            lock (gate)
            {
                (started, failure, done) = (process, error, true);
                Monitor.Pulse(gate);
            }
        }

        public Process Await()
        {
            lock (gate)
            {
                while (!done)
                {
                    Monitor.Wait(gate);
                }
            }
            if (failure is not null)
            {
                ExceptionDispatchInfo.Throw(failure);
            }
            return started!;
        }
    }
}
