using System.Runtime.InteropServices;

namespace Judge.Runner;

/// <summary>
/// The process's peak resident memory so far: <c>ru_maxrss</c> from <c>getrusage</c>, the kernel's own high-water
/// mark (the VmHWM of <c>/proc/self/status</c>), read with one system call instead of opening and parsing a file per test.
/// </summary>
public static class PeakMemory
{
    private const int RusageSelf = 0;

    public static long Kilobytes() => getrusage(RusageSelf, out var usage) == 0 ? usage.MaxRssKb : 0;

    /// <summary>The start of Linux's <c>struct rusage</c> (two <c>timeval</c>s, then <c>ru_maxrss</c> in KiB), padded to its 144 bytes.</summary>
    [StructLayout(LayoutKind.Sequential, Size = 144)]
    private struct Rusage
    {
        public long UserSeconds;
        public long UserMicroseconds;
        public long SystemSeconds;
        public long SystemMicroseconds;
        public long MaxRssKb;
    }

    [DllImport("libc")]
    private static extern int getrusage(int who, out Rusage usage);
}
