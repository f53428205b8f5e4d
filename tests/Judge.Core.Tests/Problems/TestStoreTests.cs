using Judge.Core.Problems;

namespace Judge.Core.Tests.Problems;

public sealed class TestStoreTests
{
    [Fact]
    public void Keep_HoldsSmallDataInMemory_AndStoresLargeData_ThatReadsBackWhole()
    {
        var folder = Directory.CreateTempSubdirectory("judge-store-");
        using var store = TestStore.CreateIn(folder.FullName);
        var small = Bytes(TestStore.InMemoryBelow - 1, seed: 1);
        var large = Bytes(300_000, seed: 2);
        var next = Bytes(TestStore.InMemoryBelow, seed: 3);

        var (kept, stored, storedNext) = (store.Keep(small), store.Keep(large), store.Keep(next));

        Assert.False(kept.IsStored);
        Assert.Equal(small, kept.Memory.ToArray());
        Assert.True(stored.IsStored);
        Assert.True(storedNext.IsStored);
        Assert.Equal(large, stored.ToArray());
        Assert.Equal(next, storedNext.ToArray());
        using (var lease = stored.Lease())
        {
            Assert.Equal(large, lease.Memory.ToArray());
        }
        var middle = new byte[1000];
        stored.CopyTo(123_456, middle);
        Assert.Equal(large.AsSpan(123_456, 1000).ToArray(), middle);
        Assert.Equal(large.Length + next.Length, store.Length);
        Assert.Throws<InvalidOperationException>(() => stored.Memory);
        // The file was unlinked when it was made: nothing is left in the folder, whatever ends the process.
        Assert.Empty(folder.EnumerateFileSystemInfos());
        folder.Delete();
    }

    [Fact]
    public void Keep_FromManyThreads_StoresEachWhole()
    {
        var folder = Directory.CreateTempSubdirectory("judge-store-");
        using var store = TestStore.CreateIn(folder.FullName);
        var data = Enumerable.Range(0, 16).Select(i => Bytes(70_000 + i * 1000, seed: i)).ToArray();

        var kept = data.AsParallel().AsOrdered().Select(d => store.Keep(d)).ToArray();

        Assert.Equal(data, kept.Select(k => k.ToArray()));
        Assert.Equal(data.Sum(d => (long)d.Length), store.Length);
        folder.Delete();
    }

    private static byte[] Bytes(int length, int seed)
    {
        var bytes = new byte[length];
        new Random(seed).NextBytes(bytes);
        return bytes;
    }
}
