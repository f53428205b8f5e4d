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
    /// An asynchronous read of a pipe is a blocking read on a thread-pool thread, one hop and one wake-up each. Reading
    /// through a buffer takes whatever the worker has written so far in one read: a frame's length and body, and often
    /// the next frames too, instead of two reads per frame (a runner sends two frames per test).
    /// </summary>
    private const int OutputBufferBytes = 64 * 1024;

    public Stream Input => process.StandardInput.BaseStream;

    public Stream Output { get; }

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
        process.Dispose();
    }

    /// <summary>Reads everything (so the worker never blocks on a full pipe) but keeps only the first bytes.</summary>
    private static async Task<string> DrainCapped(Stream stream, int limit)
    {
        var kept = new MemoryStream();
        var buffer = new byte[16 * 1024];
        try
        {
            int read;
            while ((read = await stream.ReadAsync(buffer)) > 0)
            {
                var room = limit - (int)kept.Length;
                if (room > 0)
                {
                    kept.Write(buffer, 0, Math.Min(room, read));
                }
            }
        }
        catch (IOException)
        {
            // The pipe broke because the worker was killed: keep what arrived.
        }
        return Encoding.UTF8.GetString(kept.GetBuffer(), 0, (int)kept.Length);
    }
}
