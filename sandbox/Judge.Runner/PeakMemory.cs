using System.Runtime.InteropServices;

namespace Judge.Runner;

/// <summary>
/// The process's peak resident memory so far: <c>ru_maxrss</c> from <c>getrusage</c>, the kernel's own high-water
/// mark (the VmHWM of <c>/proc/self/status</c>), read with one system call instead of opening and parsing a file per test.
/// </summary>
public static class PeakMemory
{
    private const int RusageSelf = 0;

    /// <summary>Linux's <c>struct rusage</c> is 144 bytes; <c>ru_maxrss</c> (KiB) follows its two <c>timeval</c>s.</summary>
    private const int RusageBytes = 144;
    private const int MaxRssOffset = 32;

    /// <summary>
    /// Native memory passed as a plain pointer: a struct passed by reference would need a marshalling stub,
    /// which each runner would JIT-compile. Every caller writes the same figures, so sharing it is harmless.
    /// </summary>
    private static readonly IntPtr Usage = Marshal.AllocHGlobal(RusageBytes);

    public static long Kilobytes() => getrusage(RusageSelf, Usage) == 0 ? Marshal.ReadInt64(Usage, MaxRssOffset) : 0;

    [DllImport("libc")]
    private static extern int getrusage(int who, IntPtr usage);
}
