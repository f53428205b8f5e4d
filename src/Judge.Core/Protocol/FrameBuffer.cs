using System.Buffers;

namespace Judge.Core.Protocol;

/// <summary>
/// One reader's buffer for the frames it reads in turn, taken from <paramref name="pool"/> and given back on
/// <see cref="Dispose"/>. A message read into it (<see cref="Frames.ReadAsync{T}(Stream, FrameBuffer, CancellationToken)"/>)
/// may hold views of its bytes (<see cref="RunEvent.OutputUtf8"/>), which the next read overwrites. Without a pool,
/// a frame larger than any before it gets a new array, never given back; a buffer used for one frame only (as
/// <see cref="Frames.Read{T}(Stream)"/> uses one) leaves that frame's views valid for good.
/// </summary>
public sealed class FrameBuffer(ArrayPool<byte>? pool) : IDisposable
{
    private byte[] array = [];

    /// <summary>An array of at least <paramref name="length"/> bytes; what it held before is gone.</summary>
    internal byte[] Reserve(int length)
    {
        if (array.Length < length)
        {
            Release();
            array = pool is null ? new byte[length] : pool.Rent(length);
        }
        return array;
    }

    public void Dispose() => Release();

    private void Release()
    {
        if (array.Length > 0)
        {
            pool?.Return(array);
            array = [];
        }
    }
}
