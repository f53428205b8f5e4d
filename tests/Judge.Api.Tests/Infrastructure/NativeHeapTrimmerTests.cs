using System.Runtime.InteropServices;
using Judge.Api.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;

namespace Judge.Api.Tests.Infrastructure;

public sealed class NativeHeapTrimmerTests
{
    private const int Chunks = 20_000;
    private const int ChunkBytes = 4096;

    [Fact]
    public void FreedNativeMemoryUnderAChunkStillInUse_GoesBackToTheSystem()
    {
        // Small chunks come from an arena, not from mmap; the one kept at the end pins the arena's top, so glibc's
        // own trimming at free() cannot give the others back. That is the host's case after Roslyn's JIT work.
        var chunks = new IntPtr[Chunks];
        var written = new byte[ChunkBytes];
        Array.Fill(written, (byte)1);
        for (var i = 0; i < Chunks; i++)
        {
            chunks[i] = Marshal.AllocHGlobal(ChunkBytes);
            Marshal.Copy(written, 0, chunks[i], ChunkBytes);
        }
        // Measured while every chunk is in use: the service's own trimmer may run in this process too (the API
        // tests host it), and a trim of its own between the frees and a later reading would hide this one.
        var inUse = ResidentBytes();
        for (var i = 0; i < Chunks - 1; i++)
        {
            Marshal.FreeHGlobal(chunks[i]);
        }
        try
        {
            var trimmer = new NativeHeapTrimmer(NullLogger<NativeHeapTrimmer>.Instance);
            var trimmed = trimmer.TrimIfWorthIt(out var free);
            var after = ResidentBytes();
            var trimmedAgain = trimmer.TrimIfWorthIt(out _);

            Assert.True(free >= (long)Chunks * ChunkBytes / 2, $"Only {free} bytes were free in the C heap.");
            Assert.True(inUse - after >= (long)Chunks * ChunkBytes / 2, $"Resident memory went from {inUse} to {after} bytes.");
            Assert.True(trimmed);
            // Nothing freed since: the same free chunks have no more pages to give.
            Assert.False(trimmedAgain);
        }
        finally
        {
            Marshal.FreeHGlobal(chunks[^1]);
        }
    }

    private static long ResidentBytes() =>
        long.Parse(File.ReadAllText("/proc/self/statm").Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture) * Environment.SystemPageSize;
}
