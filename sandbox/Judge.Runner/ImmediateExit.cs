using System.Runtime.InteropServices;

namespace Judge.Runner;

/// <summary>
/// Ends the runner at once, with <c>_exit</c>, once its last frame is written. The runtime's orderly shutdown
/// (process-exit events, the finalizer thread, the tiered compiler's background work) costs a runner about 2 ms of
/// CPU that no one waits for, and it would run code the submission registered (a finalizer, a process-exit handler)
/// after its tests are over; a submission thread still spinning after a time-out ends with the process either way.
/// Nothing is left buffered: the protocol channel writes unbuffered, and the console's writers flush every write.
/// </summary>
public static class ImmediateExit
{
    public static int Now(int exitCode)
    {
        _exit(exitCode);
        return exitCode; // not reached
    }

    [DllImport("libc")]
    private static extern void _exit(int status);
}
