using System.Buffers.Binary;
using System.Text;

namespace Judge.Core.Protocol;

/// <summary>
/// Writes frames into one growable buffer, values in <see cref="System.IO.BinaryWriter"/>'s format: little-endian numbers,
/// strings as UTF-8 after their byte count in 7-bit groups. The protocol's own writer rather than a BinaryWriter over a
/// MemoryStream, because a runner is a fresh process for every submission: those two (and BinaryReader) made each runner
/// load the shared byte array pool, a decoder and their own types, and look up some 35 more precompiled methods, where
/// one buffer the writer owns does.
/// </summary>
internal sealed class FrameWriter(int capacity = 256)
{
    private byte[] buffer = new byte[capacity];

    public int Length { get; private set; }

    /// <summary>A frame's header holds its payload's length, known only at its end: a placeholder until <see cref="EndFrame"/>.</summary>
    public int StartFrame()
    {
        var start = Length;
        Write(0);
        return start;
    }

    public void EndFrame(int start) => EndFrame(start, Length - start - 4);

    /// <summary>Sets the header of a frame whose payload is longer than what this buffer holds of it (the rest is streamed).</summary>
    public void EndFrame(int start, long payloadLength) =>
        BinaryPrimitives.WriteInt32BigEndian(
            buffer.AsSpan(start),
            payloadLength <= Frames.MaxFrameBytes ? (int)payloadLength : throw new InvalidDataException($"A frame of {payloadLength} bytes is over the limit."));

    /// <summary>Forgets what was written, keeping the buffer: after <see cref="WriteToAsync"/>, for the next chunk.</summary>
    public void Clear() => Length = 0;

    /// <summary>The bytes free before the buffer would grow.</summary>
    public int Free => buffer.Length - Length;

    public void Write(byte value) => Take(1)[0] = value;

    public void Write(bool value) => Write(value ? (byte)1 : (byte)0);

    public void Write(int value) => BinaryPrimitives.WriteInt32LittleEndian(Take(4), value);

    public void Write(long value) => BinaryPrimitives.WriteInt64LittleEndian(Take(8), value);

    public void Write(double value) => BinaryPrimitives.WriteDoubleLittleEndian(Take(8), value);

    public void Write(byte[] bytes) => bytes.AsSpan().CopyTo(Take(bytes.Length));

    /// <summary>An unpaired surrogate becomes U+FFFD, as <see cref="Encoding.UTF8"/> (and so BinaryWriter) writes it.</summary>
    public void Write(string text)
    {
        var count = Encoding.UTF8.GetByteCount(text);
        WriteLength(count);
        Encoding.UTF8.GetBytes(text, Take(count));
    }

    /// <summary>Text already in UTF-8, in the same format as <see cref="Write(string)"/>: a reader cannot tell them apart.</summary>
    public void WriteUtf8(ReadOnlySpan<byte> utf8)
    {
        WriteLength(utf8.Length);
        WriteRaw(utf8);
    }

    /// <summary>Bytes as they are, without a count.</summary>
    public void WriteRaw(ReadOnlySpan<byte> bytes) => bytes.CopyTo(Take(bytes.Length));

    /// <summary>A string's byte count, in 7-bit groups, lowest first.</summary>
    public void WriteLength(int count)
    {
        for (var rest = (uint)count; ; rest >>= 7)
        {
            if (rest < 0x80)
            {
                Write((byte)rest);
                break;
            }
            Write((byte)(rest | 0x80));
        }
    }

    /// <summary>The bytes <see cref="WriteLength"/> takes for <paramref name="count"/>.</summary>
    public static int LengthBytes(int count)
    {
        var bytes = 1;
        for (var rest = (uint)count; rest >= 0x80; rest >>= 7)
        {
            bytes++;
        }
        return bytes;
    }

    /// <summary>Everything written, in one write.</summary>
    public void WriteTo(Stream stream) => stream.Write(buffer, 0, Length);

    public ValueTask WriteToAsync(Stream stream, CancellationToken cancel) => stream.WriteAsync(buffer.AsMemory(0, Length), cancel);

    /// <summary>The next <paramref name="count"/> bytes of the buffer, grown to hold them, for the caller to fill.</summary>
    public Span<byte> Take(int count)
    {
        if (buffer.Length - Length < count)
        {
            Array.Resize(ref buffer, Math.Max(buffer.Length * 2, Length + count));
        }
        var taken = buffer.AsSpan(Length, count);
        Length += count;
        return taken;
    }
}
