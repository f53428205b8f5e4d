using System.Buffers;

namespace Judge.Core.Problems;

/// <summary>
/// A test's input or expected output as UTF-8: held in memory, or a range of the file where a
/// <see cref="TestStore"/> keeps large generated tests. One sealed type for both, so the runner, which decodes
/// its inputs from a frame, loads no hierarchy for it.
/// </summary>
public sealed class TestData
{
    /// <summary>
    /// Where stored data is read to be checked, while a result is checked. Its own pool, not the shared one,
    /// so its arrays are bounded: four of each size up to 16 MB, larger ones allocated and dropped.
    /// </summary>
    private static readonly ArrayPool<byte> ReadBuffers = ArrayPool<byte>.Create(16 * 1024 * 1024, 4);

    private readonly ReadOnlyMemory<byte> memory;
    private readonly TestStore? store;
    private readonly long offset;

    public TestData(ReadOnlyMemory<byte> bytes)
    {
        memory = bytes;
        Length = bytes.Length;
    }

    internal TestData(TestStore store, long offset, int length)
    {
        this.store = store;
        this.offset = offset;
        Length = length;
    }

    public int Length { get; }

    /// <summary>Whether the bytes stay on disk until they are read.</summary>
    public bool IsStored => store is not null;

    /// <summary>The bytes of data held in memory; stored data is read with <see cref="CopyTo"/> or <see cref="Lease"/>.</summary>
    public ReadOnlyMemory<byte> Memory =>
        store is null ? memory : throw new InvalidOperationException("This test's data is stored on disk: read it with CopyTo or Lease.");

    /// <summary>Copies <paramref name="destination"/>'s length of bytes, from <paramref name="start"/> on.</summary>
    public void CopyTo(long start, Span<byte> destination)
    {
        if (store is null)
        {
            memory.Span.Slice(checked((int)start), destination.Length).CopyTo(destination);
        }
        else
        {
            store.Read(offset + start, destination);
        }
    }

    /// <summary>The bytes for as long as the lease lasts: in memory they are lent as they are, stored ones are read into a pooled array.</summary>
    public TestDataLease Lease()
    {
        if (store is null)
        {
            return new TestDataLease(memory, null);
        }
        var rented = ReadBuffers.Rent(Length);
        CopyTo(0, rented.AsSpan(0, Length));
        return new TestDataLease(rented.AsMemory(0, Length), rented);
    }

    public byte[] ToArray()
    {
        var bytes = new byte[Length];
        CopyTo(0, bytes);
        return bytes;
    }

    public override string ToString()
    {
        using var lease = Lease();
        return System.Text.Encoding.UTF8.GetString(lease.Memory.Span);
    }

    /// <summary>A test's bytes, lent; disposing gives a read buffer back to its pool, after which they must not be used.</summary>
    public readonly struct TestDataLease : IDisposable
    {
        private readonly byte[]? rented;

        internal TestDataLease(ReadOnlyMemory<byte> memory, byte[]? rented)
        {
            Memory = memory;
            this.rented = rented;
        }

        public ReadOnlyMemory<byte> Memory { get; }

        public void Dispose()
        {
            if (rented is not null)
            {
                ReadBuffers.Return(rented);
            }
        }
    }
}
