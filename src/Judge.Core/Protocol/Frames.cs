using System.Buffers.Binary;
using System.Text.Json;

namespace Judge.Core.Protocol;

/// <summary>
/// Length-prefixed JSON frames: a 4-byte big-endian length, then UTF-8 JSON. Used between the host and
/// its worker processes so that a message can never be confused with text a submission prints.
/// </summary>
public static class Frames
{
    /// <summary>Larger frames are refused: a worker cannot make the host allocate without bound.</summary>
    public const int MaxFrameBytes = 256 * 1024 * 1024;

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static async Task WriteAsync<T>(Stream stream, T message, CancellationToken cancel = default)
    {
        var payload = JsonSerializer.SerializeToUtf8Bytes(message, Json);
        var header = new byte[4];
        BinaryPrimitives.WriteInt32BigEndian(header, payload.Length);
        await stream.WriteAsync(header, cancel);
        await stream.WriteAsync(payload, cancel);
        await stream.FlushAsync(cancel);
    }

    public static void Write<T>(Stream stream, T message)
    {
        var payload = JsonSerializer.SerializeToUtf8Bytes(message, Json);
        Span<byte> header = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(header, payload.Length);
        stream.Write(header);
        stream.Write(payload);
        stream.Flush();
    }

    /// <summary>Reads one frame; null at a clean end of stream.</summary>
    public static async Task<T?> ReadAsync<T>(Stream stream, CancellationToken cancel = default) where T : class
    {
        var header = new byte[4];
        if (!await ReadExactlyOrEndAsync(stream, header, cancel))
        {
            return null;
        }
        var length = BinaryPrimitives.ReadInt32BigEndian(header);
        if (length is < 0 or > MaxFrameBytes)
        {
            throw new InvalidDataException($"Frame length {length} is out of range.");
        }
        var payload = new byte[length];
        if (!await ReadExactlyOrEndAsync(stream, payload, cancel))
        {
            throw new EndOfStreamException("The stream ended inside a frame.");
        }
        return JsonSerializer.Deserialize<T>(payload, Json);
    }

    public static T? Read<T>(Stream stream) where T : class =>
        ReadAsync<T>(stream).GetAwaiter().GetResult();

    private static async Task<bool> ReadExactlyOrEndAsync(Stream stream, byte[] buffer, CancellationToken cancel)
    {
        var read = await stream.ReadAtLeastAsync(buffer, buffer.Length, throwOnEndOfStream: false, cancel);
        return read == buffer.Length;
    }
}
