namespace Judge.Sandbox;

/// <summary>
/// Blocking work on a thread of its own, its end handed to whoever awaits it. A thread-pool thread that blocks for
/// long starves the pool, which adds threads only slowly; and an asynchronous read of a pipe hops from the socket
/// engine's thread to a pool thread for every read, where a thread blocked in <c>read</c> is woken once.
/// </summary>
public static class OwnThread
{
    public static Task<T> Run<T>(string name, Func<T> work, int maxStackSize = 0)
    {
        var done = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
        new Thread(() =>
        {
            try
            {
                done.SetResult(work());
            }
            catch (Exception e)
            {
                // An exception on a thread of its own would end the host: hand it to whoever awaits the work.
                done.SetException(e);
            }
        }, maxStackSize)
        {
            IsBackground = true,
            Name = name,
        }.Start();
        return done.Task;
    }
}
