using System.Runtime.InteropServices;

namespace Judge.Api.Infrastructure;

/// <summary>
/// Gives the C heap's free memory back to the system. The runtime's native allocations (the JIT's working memory
/// above all: Roslyn scripting compiles the bank's generators and checker scripts in this process) go through glibc's
/// malloc, and glibc keeps what was freed inside its arenas as long as anything is still in use above it. Judging
/// the whole bank once left 260 MB of arenas holding 15 MB in use. <c>malloc_trim</c> releases the free pages
/// wherever they are; it runs only when that much more is free than at its last trim, off every request's path.
/// On a C library without these calls (musl) the trimmer logs once and stops.
/// </summary>
public sealed class NativeHeapTrimmer(ILogger<NativeHeapTrimmer> log) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(5);

    /// <summary>Less newly freed than this, and a trim would give back too little to be worth its walk over the heap.</summary>
    public const long WorthTrimmingBytes = 16L * 1024 * 1024;

    /// <summary>
    /// Free bytes at the last trim, or fewer if the heap has reused some since. A trim leaves the free count as it
    /// was (the chunks stay free, only their pages go back), and small free chunks scattered among used ones have
    /// no whole page to give: only memory freed since is worth another trim.
    /// </summary>
    private long freeAtLastTrim;

    protected override async Task ExecuteAsync(CancellationToken stopping)
    {
        using var timer = new PeriodicTimer(Interval);
        try
        {
            while (await timer.WaitForNextTickAsync(stopping))
            {
                if (TrimIfWorthIt(out var free))
                {
                    log.LogDebug("Gave the C heap's free memory back to the system: {FreeMb} MB were free.", free >> 20);
                }
            }
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            log.LogInformation("The C library has no malloc_trim; native memory is left to it ({Message}).", e.Message);
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    /// <summary>Trims when <see cref="WorthTrimmingBytes"/> more are free than at the last trim; <paramref name="free"/> is what it found.</summary>
    public bool TrimIfWorthIt(out long free)
    {
        free = (long)mallinfo2().fordblks;
        freeAtLastTrim = Math.Min(freeAtLastTrim, free);
        if (free - freeAtLastTrim < WorthTrimmingBytes)
        {
            return false;
        }
        malloc_trim(0);
        freeAtLastTrim = free;
        return true;
    }

    [DllImport("libc")]
    private static extern int malloc_trim(nuint pad);

    [DllImport("libc")]
    private static extern MallInfo2 mallinfo2();

    /// <summary>glibc's <c>struct mallinfo2</c>: ten <c>size_t</c> fields.</summary>
    [StructLayout(LayoutKind.Sequential)]
    private struct MallInfo2
    {
        public nuint arena;
        public nuint ordblks;
        public nuint smblks;
        public nuint hblks;
        public nuint hblkhd;
        public nuint usmblks;
        public nuint fsmblks;
        public nuint uordblks;
        public nuint fordblks;
        public nuint keepcost;
    }
}
