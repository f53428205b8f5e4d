using System.Runtime.InteropServices;
using Judge.Core.Protocol;
using Microsoft.Win32.SafeHandles;

namespace Judge.Runner;

/// <summary>
/// The runner's private channel to the host. Stdout belongs to the submission, so before any submission
/// code loads the runner moves its original stdout pipe to a fresh descriptor for the protocol and points
/// descriptor 1 at stderr: whatever the submission writes to stdout, even through a raw handle, can never
/// look like a protocol frame.
/// </summary>
public sealed class ProtocolChannel : IDisposable
{
    private const int StdinFd = 0;
    private const int StdoutFd = 1;
    private const int StderrFd = 2;

    private readonly Stream stream;
    /// <summary>A plain monitor, not a <see cref="Lock"/>: the runner already uses monitors, and a Lock would load seven types of its own.</summary>
    private readonly object gate = new();

    private ProtocolChannel(Stream stream) => this.stream = stream;

    public static ProtocolChannel TakeOverStdout()
    {
        var protocolFd = dup(StdoutFd);
        if (protocolFd < 0 || dup2(StderrFd, StdoutFd) < 0)
        {
            throw new IOException($"Could not set up the protocol channel (errno {Marshal.GetLastSystemError()}).");
        }
        var handle = new SafeFileHandle(protocolFd, ownsHandle: true);
        return new ProtocolChannel(new FileStream(handle, FileAccess.Write, bufferSize: 0));
    }

    /// <summary>
    /// The host's run request, read from stdin through a plain file stream (the protocol's own stream type):
    /// <see cref="Console.OpenStandardInput()"/> would load the console's stream types and ask whether stdin is a terminal,
    /// for one read. Null when stdin ends before a frame.
    /// </summary>
    public static RunRequest? ReadRequest()
    {
        using var stdin = new FileStream(new SafeFileHandle(StdinFd, ownsHandle: false), FileAccess.Read, bufferSize: 0);
        return Frames.Read<RunRequest>(stdin);
    }

    /// <summary>Set by <see cref="SendLast"/>: nothing reaches the host after the runner's last word.</summary>
    private bool closed;

    public void Send(RunEvent message)
    {
        lock (gate)
        {
            if (!closed)
            {
                Frames.Write(stream, message);
            }
        }
    }

    /// <summary>Two messages in one write: a test's result and the next test's start wake the host once.</summary>
    public void Send(RunEvent message, RunEvent next)
    {
        lock (gate)
        {
            if (!closed)
            {
                Frames.Write(stream, message, next);
            }
        }
    }

    /// <summary>
    /// The runner's last word, a time-out or an exhausted heap after which the process exits: once only, from whichever
    /// thread says it first (the submission's, or the one that watches its calls), and nothing after it.
    /// </summary>
    public void SendLast(RunEvent message)
    {
        lock (gate)
        {
            if (!closed)
            {
                closed = true;
                Frames.Write(stream, message);
            }
        }
    }

    public void Dispose() => stream.Dispose();

    // Without SetLastError, whose marshalling stub each runner would JIT-compile; errno is read straight after the call.
    [DllImport("libc")]
    private static extern int dup(int fd);

    [DllImport("libc")]
    private static extern int dup2(int oldFd, int newFd);
}
