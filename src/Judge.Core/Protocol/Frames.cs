using System.Buffers.Binary;

namespace Judge.Core.Protocol;

/// <summary>
/// Length-prefixed binary frames: a 4-byte big-endian length, then one message as <see cref="ProtocolCodec"/>
/// writes it. Used between the host and its worker processes so that a message can never be confused with text
/// a submission prints.
/// </summary>
public static class Frames
{
    /// <summary>Larger frames are refused: a worker cannot make the host allocate without bound.</summary>
    public const int MaxFrameBytes = 256 * 1024 * 1024;

    public static async Task WriteAsync<T>(Stream stream, T message, CancellationToken cancel = default) where T : class
    {
        await Encode(message).WriteToAsync(stream, cancel);
        await stream.FlushAsync(cancel);
    }

    public static void Write<T>(Stream stream, T message) where T : class
    {
        Encode(message).WriteTo(stream);
        stream.Flush();
    }

    /// <summary>Small inputs are gathered into writes of up to this many bytes; a buffer this size stays off the large object heap.</summary>
    private const int StreamChunkBytes = 64 * 1024;

    /// <summary>
    /// A run request, its tests' inputs written from where the host caches them. Encoded whole, a request took one
    /// buffer of its size for every submission: up to 10 MB for the bank's large problems, each on the large object
    /// heap, garbage as soon as it was written. Small inputs are gathered into writes of up to 64 KB, so a small
    /// submission's request is still one write. The bytes are those <see cref="WriteAsync{T}"/> writes.
    /// </summary>
    public static async Task WriteRunRequestAsync(Stream stream, RunRequest request, CancellationToken cancel = default)
    {
        var writer = new FrameWriter(StreamChunkBytes);
        var start = writer.StartFrame();
        ProtocolCodec.WriteHead(writer, request);
        writer.EndFrame(start, writer.Length - start - 4 + ProtocolCodec.TestsLength(request.Tests));
        foreach (var test in request.Tests)
        {
            ProtocolCodec.WriteTestHead(writer, test);
            var input = test.InputUtf8;
            if (input.Length <= writer.Free)
            {
                input.CopyTo(0, writer.Take(input.Length));
                continue;
            }
            await writer.WriteToAsync(stream, cancel);
            writer.Clear();
            if (!input.IsStored)
            {
                await stream.WriteAsync(input.Memory, cancel);
                continue;
            }
            // A stored input is read into the chunk buffer a chunk at a time: never into an array of its size.
            for (long done = 0; done < input.Length; done += writer.Length)
            {
                writer.Clear();
                input.CopyTo(done, writer.Take((int)Math.Min(writer.Free, input.Length - done)));
                await writer.WriteToAsync(stream, cancel);
            }
            writer.Clear();
        }
        await writer.WriteToAsync(stream, cancel);
        await stream.FlushAsync(cancel);
    }

    /// <summary>Two frames in one write, so that the reader wakes once for both.</summary>
    public static void Write<T>(Stream stream, T first, T second) where T : class
    {
        Encode(first, second).WriteTo(stream);
        stream.Flush();
    }

    /// <summary>Each message's header and payload, one frame after the other in one buffer, so that they are one write on the pipe.</summary>
    private static FrameWriter Encode(object message, object? next = null)
    {
        var writer = new FrameWriter(SizeHint(message) + (next is null ? 0 : SizeHint(next)));
        AppendFrame(writer, message);
        if (next is not null)
        {
            AppendFrame(writer, next);
        }
        return writer;
    }

    /// <summary>
    /// About the bytes a message takes, so that a run request with megabytes of inputs is written into one buffer of
    /// its size, not into one doubled again and again (each step a copy, and the last one up to twice the size).
    /// </summary>
    private static int SizeHint(object message) => message switch
    {
        RunRequest run => 256 + run.Assembly.Length + (run.Symbols?.Length ?? 0) + (int)ProtocolCodec.TestsLength(run.Tests),
        _ => 256,
    };

    private static void AppendFrame(FrameWriter writer, object message)
    {
        var start = writer.StartFrame();
        ProtocolCodec.Write(writer, message);
        writer.EndFrame(start);
    }

    /// <summary>
    /// Reads one frame; null at a clean end of stream. The buffer is the message's own and never reused (nor given
    /// back to the pool), so the views it holds of its payload stay valid.
    /// </summary>
    public static Task<T?> ReadAsync<T>(Stream stream, CancellationToken cancel = default) where T : class =>
        ReadAsync<T>(stream, new FrameBuffer(System.Buffers.ArrayPool<byte>.Shared), cancel);

    /// <summary>
    /// Reads one frame into <paramref name="buffer"/>; null at a clean end of stream. Views the message holds of its
    /// payload (<see cref="RunEvent.OutputUtf8"/>) last until the next read into the same buffer: a runner's
    /// outputs, megabytes each for large tests, are checked where they were read instead of each taking an array
    /// of its own on the large object heap.
    /// </summary>
    public static async Task<T?> ReadAsync<T>(Stream stream, FrameBuffer buffer, CancellationToken cancel = default) where T : class
    {
        var header = buffer.Reserve(4);
        if (!await ReadExactlyOrEndAsync(stream, header.AsMemory(0, 4), cancel))
        {
            return null;
        }
        var length = CheckedLength(header);
        var payload = buffer.Reserve(length);
        if (!await ReadExactlyOrEndAsync(stream, payload.AsMemory(0, length), cancel))
        {
            throw new EndOfStreamException("The stream ended inside a frame.");
        }
        return Decode<T>(payload, length);
    }

    /// <summary>
    /// Reads one frame, blocking (the runner's way: no async machinery to JIT-compile at its start). The payload is
    /// an array of its own, so the views the message holds of it stay valid.
    /// </summary>
    public static T? Read<T>(Stream stream) where T : class => Read<T>(stream, new FrameBuffer(pool: null));

    /// <summary>
    /// Reads one frame into <paramref name="buffer"/>, blocking; null at a clean end of stream. Views the message
    /// holds of its payload last until the next read into the same buffer, as with
    /// <see cref="ReadAsync{T}(Stream, FrameBuffer, CancellationToken)"/>.
    /// </summary>
    public static T? Read<T>(Stream stream, FrameBuffer buffer) where T : class
    {
        var header = buffer.Reserve(4);
        if (stream.ReadAtLeast(header.AsSpan(0, 4), 4, throwOnEndOfStream: false) < 4)
        {
            return null;
        }
        var length = CheckedLength(header);
        var payload = buffer.Reserve(length);
        if (stream.ReadAtLeast(payload.AsSpan(0, length), length, throwOnEndOfStream: false) < length)
        {
            throw new EndOfStreamException("The stream ended inside a frame.");
        }
        return Decode<T>(payload, length);
    }

    private static int CheckedLength(byte[] header)
    {
        var length = BinaryPrimitives.ReadInt32BigEndian(header);
        return length is < 0 or > MaxFrameBytes ? throw new InvalidDataException($"Frame length {length} is out of range.") : length;
    }

    private static T Decode<T>(byte[] payload, int length) where T : class => (T)ProtocolCodec.Read(new FrameReader(payload, length), typeof(T));

    private static async Task<bool> ReadExactlyOrEndAsync(Stream stream, Memory<byte> buffer, CancellationToken cancel)
    {
        var read = await stream.ReadAtLeastAsync(buffer, buffer.Length, throwOnEndOfStream: false, cancel);
        return read == buffer.Length;
    }
}
