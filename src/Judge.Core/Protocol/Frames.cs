using System.Buffers.Binary;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Judge.Core.Protocol;

/// <summary>
/// Length-prefixed JSON frames: a 4-byte big-endian length, then UTF-8 JSON. Used between the host and
/// its worker processes so that a message can never be confused with text a submission prints.
/// </summary>
public static class Frames
{
    /// <summary>Larger frames are refused: a worker cannot make the host allocate without bound.</summary>
    public const int MaxFrameBytes = 256 * 1024 * 1024;

    /// <summary>Web defaults (camelCase), with generated serializers for the protocol's messages only.</summary>
    public static JsonSerializerOptions Json => ProtocolJson.Default.Options;

    public static async Task WriteAsync<T>(Stream stream, T message, CancellationToken cancel = default)
    {
        var frame = Encode(message);
        await stream.WriteAsync(frame, cancel);
        await stream.FlushAsync(cancel);
    }

    public static void Write<T>(Stream stream, T message)
    {
        stream.Write(Encode(message).Span);
        stream.Flush();
    }

    /// <summary>Header and payload in one buffer, so that a frame is one write on the pipe.</summary>
    private static ReadOnlyMemory<byte> Encode<T>(T message)
    {
        var buffer = new MemoryStream();
        buffer.Write([0, 0, 0, 0]);
        JsonSerializer.Serialize(buffer, message, TypeInfo<T>());
        var frame = buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
        BinaryPrimitives.WriteInt32BigEndian(frame.Span, frame.Length - 4);
        return frame;
    }

    private static JsonTypeInfo<T> TypeInfo<T>() =>
        ProtocolJson.Default.GetTypeInfo(typeof(T)) as JsonTypeInfo<T>
        ?? throw new NotSupportedException($"{typeof(T).Name} is not a protocol message.");

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
        return JsonSerializer.Deserialize(payload, TypeInfo<T>());
    }

    public static T? Read<T>(Stream stream) where T : class =>
        ReadAsync<T>(stream).GetAwaiter().GetResult();

    private static async Task<bool> ReadExactlyOrEndAsync(Stream stream, byte[] buffer, CancellationToken cancel)
    {
        var read = await stream.ReadAtLeastAsync(buffer, buffer.Length, throwOnEndOfStream: false, cancel);
        return read == buffer.Length;
    }
}
