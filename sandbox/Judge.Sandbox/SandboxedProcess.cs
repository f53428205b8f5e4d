using System.Diagnostics;
using System.Text;
using Judge.Sandbox.Cgroups;

namespace Judge.Sandbox;

/// <summary>A running worker: its pipes, its cgroup, and a capped copy of what it wrote to stderr.</summary>
public sealed class SandboxedProcess : IDisposable
{
    private readonly Process process;
    private readonly ICgroup? cgroup;
    private readonly Task<string> stderr;

    internal SandboxedProcess(Process process, ICgroup? cgroup, int stderrLimitBytes)
    {
        this.process = process;
        this.cgroup = cgroup;
        stderr = DrainCapped(process.StandardError.BaseStream, stderrLimitBytes);
        Output = new BufferedStream(process.StandardOutput.BaseStream, OutputBufferBytes);
    }

    /// <summary>
    /// Reading through a buffer takes whatever the worker has written so far in one read: a frame's length and body,
    /// and often the next frames too, instead of two reads per frame, each a system call and, read asynchronously,
    /// a hop between threads.
    /// </summary>
    private const int OutputBufferBytes = 64 * 1024;

    public Stream Input => process.StandardInput.BaseStream;

    public Stream Output { get; }

    /// <summary>The host's ID of the process started: bubblewrap, which the worker descends from (for diagnostics and tests).</summary>
    public int Id => process.Id;

    public bool HasExited => process.HasExited;

    public int ExitCode => process.ExitCode;

    public long PeakMemoryBytes => cgroup?.PeakMemoryBytes() ?? 0;

    /// <summary>Memory the worker's cgroup holds now (0 without one).</summary>
    public long MemoryBytes => cgroup?.MemoryBytes() ?? 0;

    public bool MemoryLimitHit => cgroup?.MemoryLimitHit() ?? false;

    /// <summary>A worker started in the background gets its fair share of the CPU from now on.</summary>
    public void RaiseToNormalPriority() => cgroup?.RaiseToNormalPriority();

    public async Task<string> StderrAsync() => await stderr;

    public Task WaitForExitAsync(CancellationToken cancel = default) => process.WaitForExitAsync(cancel);

    /// <summary>
    /// Kills the worker and everything it started. With a cgroup, the group holds the whole sandbox (the launcher
    /// joins it before bubblewrap starts), so killing its members is enough; a process-tree kill would scan every
    /// process on the host (about 25 ms of CPU) on each call. Without one (unsafe local mode), the tree it is.
    /// </summary>
    public void Kill()
    {
        try
        {
            if (cgroup is null)
            {
                process.Kill(entireProcessTree: true);
            }
            else if (!process.HasExited)
            {
                process.Kill();
            }
        }
        catch (InvalidOperationException)
        {
            // Already exited.
        }
        cgroup?.KillAll();
    }

    public void Dispose()
    {
        Kill();
        process.WaitForExit(2000);
        cgroup?.Dispose();
        // Process.Dispose leaves redirected pipes open (a caller might still hold a stream) for the garbage collector's
        // finalizers to close, and under load the host's descriptors piled up between collections: close them here.
        // stderr is its drain's to close, at its end, so that nothing the worker wrote there is lost. Disposing a
        // stream twice is harmless (a runner's caller closes its input after the request).
        Input.Dispose();
        Output.Dispose();
        process.Dispose();
    }

    /// <summary>
    /// Reads the worker's stderr to its end (so the worker never blocks on a full pipe) on a thread of its own, keeping
    /// only the first <paramref name="limit"/> bytes. A dying worker may write a lot: a stack overflow prints every frame
    /// (hundreds of kilobytes) before the process ends. Read by thread-pool hops, that drain stalled whenever the
    /// pool was busy, long enough for the runner to report a time-out for a test that was in fact overflowing its stack.
    /// </summary>
    private static Task<string> DrainCapped(Stream stream, int limit) =>
        OwnThread.Run("judge-stderr", () => ReadCapped(stream, limit), maxStackSize: 256 * 1024);

    private static string ReadCapped(Stream stream, int limit)
    {
        using var _ = stream;
        var kept = new MemoryStream();
        var buffer = new byte[64 * 1024];
        try
        {
            int read;
            while ((read = stream.Read(buffer)) > 0)
            {
                var room = limit - (int)kept.Length;
                if (room > 0)
                {
                    kept.Write(buffer, 0, Math.Min(room, read));
                }
            }
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException)
        {
            // The pipe broke because the worker was killed, or it was closed with the process: keep what arrived.
        }
        return Encoding.UTF8.GetString(kept.GetBuffer(), 0, (int)kept.Length);
    }
}
