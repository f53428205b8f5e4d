using System.Runtime.InteropServices;
using Judge.Core.Protocol;

namespace Judge.Runner;

/// <summary>
/// The runner's private channel to the host. Stdout belongs to the submission, so before any submission
/// code loads the runner moves its original stdout pipe to a fresh descriptor for the protocol and points
/// descriptor 1 at stderr: whatever the submission writes to stdout, even through a raw handle, can never
/// look like a protocol frame.
/// </summary>
public sealed class ProtocolChannel : IDisposable
{
    private const int StdoutFd = 1;
    private const int StderrFd = 2;

    private readonly Stream stream;
    private readonly Lock gate = new();

    private ProtocolChannel(Stream stream) => this.stream = stream;

    public static ProtocolChannel TakeOverStdout()
    {
        var protocolFd = dup(StdoutFd);
        if (protocolFd < 0 || dup2(StderrFd, StdoutFd) < 0)
        {
            throw new IOException($"Could not set up the protocol channel (errno {Marshal.GetLastSystemError()}).");
        }
        var handle = new Microsoft.Win32.SafeHandles.SafeFileHandle(protocolFd, ownsHandle: true);
        return new ProtocolChannel(new FileStream(handle, FileAccess.Write, bufferSize: 0));
    }

    public void Send(RunEvent message)
    {
        lock (gate)
        {
            Frames.Write(stream, message);
        }
    }

    /// <summary>Two messages in one write: a test's result and the next test's start wake the host once.</summary>
    public void Send(RunEvent message, RunEvent next)
    {
        lock (gate)
        {
            Frames.Write(stream, message, next);
        }
    }

    public void Dispose() => stream.Dispose();

    // Without SetLastError, whose marshalling stub each runner would JIT-compile; errno is read straight after the call.
    [DllImport("libc")]
    private static extern int dup(int fd);

    [DllImport("libc")]
    private static extern int dup2(int oldFd, int newFd);
}
