using Microsoft.Win32.SafeHandles;

namespace Judge.Core.Problems;

/// <summary>
/// Keeps large generated tests in a file instead of the host's memory. The bank's generated groups come to about
/// 90 MB, nearly all of it tests of more than 64 KB, each an array on the large object heap that lives as long as
/// the process, and the garbage collector lets that heap grow with what it holds: the host's RSS reached 420-460 MB
/// judging the whole bank. Stored tests are read per use, from the page cache (an input straight into the
/// run request's 64 KB writes, an expected output into a pooled buffer while it is checked).
/// The file is unlinked as soon as it is created, so nothing is left behind however the process ends.
/// </summary>
public sealed class TestStore : IDisposable
{
    /// <summary>Smaller data stays in memory: below the large object heap's threshold, and too small to be worth a read.</summary>
    public const int InMemoryBelow = 64 * 1024;

    private static readonly Lazy<TestStore> Temporary = new(() => CreateIn(Path.GetTempPath()));

    private readonly SafeFileHandle file;
    private readonly Lock appending = new();
    private long length;

    private TestStore(SafeFileHandle file) => this.file = file;

    /// <summary>The process's store, in the temporary folder (<c>TMPDIR</c>), made on first use.</summary>
    public static TestStore Shared => Temporary.Value;

    /// <summary>A store in a file of its own in <paramref name="folder"/>, which has no name from the start.</summary>
    public static TestStore CreateIn(string folder)
    {
        var path = Path.Combine(folder, $"judge-tests-{Guid.NewGuid():N}.bin");
        // Shared, not locked: nothing else can open a file without a name, and a diagnosis through /proc may read it.
        var handle = File.OpenHandle(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.ReadWrite);
        File.Delete(path);
        return new TestStore(handle);
    }

    /// <summary>The bytes held in memory (a copy) if they are small, else appended to the file.</summary>
    public TestData Keep(ReadOnlySpan<byte> bytes) => bytes.Length < InMemoryBelow ? new TestData(bytes.ToArray()) : Append(bytes);

    /// <summary>The array itself held in memory if it is small, else its bytes appended to the file.</summary>
    public TestData Keep(byte[] bytes) => bytes.Length < InMemoryBelow ? new TestData(bytes) : Append(bytes);

    private TestData Append(ReadOnlySpan<byte> bytes)
    {
        long at;
        lock (appending)
        {
            at = length;
            RandomAccess.Write(file, bytes, at);
            length += bytes.Length;
        }
        return new TestData(this, at, bytes.Length);
    }

    /// <summary>Bytes on disk: what this store holds.</summary>
    public long Length => Volatile.Read(ref length);

    internal void Read(long at, Span<byte> destination)
    {
        for (var done = 0; done < destination.Length;)
        {
            var read = RandomAccess.Read(file, destination[done..], at + done);
            if (read == 0)
            {
                throw new EndOfStreamException("A stored test ends before its length.");
            }
            done += read;
        }
    }

    public void Dispose() => file.Dispose();
}
