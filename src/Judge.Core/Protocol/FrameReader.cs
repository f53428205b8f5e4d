using System.Buffers.Binary;
using System.Text;

namespace Judge.Core.Protocol;

/// <summary>
/// Reads one frame's payload in <see cref="FrameWriter"/>'s format (see there for why not a BinaryReader). Reading past
/// the payload's end is an <see cref="EndOfStreamException"/>, a malformed length a <see cref="FormatException"/>.
/// The payload is the first <paramref name="length"/> bytes of its array, which may be a pooled buffer's.
/// </summary>
internal sealed class FrameReader(byte[] payload, int length)
{
    private int position;

    public int Remaining => length - position;

    public byte ReadByte() => Take(1)[0];

    public bool ReadBoolean() => ReadByte() != 0;

    public int ReadInt32() => BinaryPrimitives.ReadInt32LittleEndian(Take(4));

    public long ReadInt64() => BinaryPrimitives.ReadInt64LittleEndian(Take(8));

    public double ReadDouble() => BinaryPrimitives.ReadDoubleLittleEndian(Take(8));

    public byte[] ReadBytes(int count) => Take(count).ToArray();

    /// <summary>Invalid UTF-8 becomes U+FFFD, as <see cref="Encoding.UTF8"/> (and so BinaryReader) reads it.</summary>
    public string ReadString() => Encoding.UTF8.GetString(Take(ReadLength()));

    /// <summary>A string as its UTF-8 bytes, not copied: a view of the payload, which it keeps alive.</summary>
    public ReadOnlyMemory<byte> ReadUtf8()
    {
        var count = ReadLength();
        var start = position;
        Take(count);
        return payload.AsMemory(start, count);
    }

    /// <summary>A string's byte count, in 7-bit groups (lowest first) of which at most five fit an int.</summary>
    private int ReadLength()
    {
        var value = 0L;
        for (var shift = 0; shift < 35; shift += 7)
        {
            var group = ReadByte();
            value |= (long)(group & 0x7F) << shift;
            if (group < 0x80)
            {
                return value <= int.MaxValue ? (int)value : throw new FormatException($"A string length of {value} bytes is out of range.");
            }
        }
        throw new FormatException("A string length runs past five bytes.");
    }

    private ReadOnlySpan<byte> Take(int count)
    {
        if (count > Remaining)
        {
            throw new EndOfStreamException("The frame ends inside a value.");
        }
        var taken = payload.AsSpan(position, count);
        position += count;
        return taken;
    }
}
