using System.Text.Json;

namespace Judge.Api.Tests.Infrastructure;

/// <summary>
/// The runtime settings the service starts with, from the runtimeconfig next to the Judge.Api.dll that
/// <see cref="ServiceProcess"/> (and every deployment) starts: each was measured in the benchmark (see README, Performance).
/// </summary>
public sealed class HostRuntimeSettingsTests
{
    private static readonly JsonElement Settings = JsonDocument
        .Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Judge.Api.runtimeconfig.json")))
        .RootElement.GetProperty("runtimeOptions").GetProperty("configProperties");

    [Fact]
    public void Host_CompactsTheLargeObjectHeap_WhenMostOfItIsFree()
    {
        // Large tests' inputs and outputs otherwise leave the large object heap fragmented by hundreds of MB.
        Assert.Equal(7, Settings.GetProperty("System.GC.ConserveMemory").GetInt32());
    }

    [Fact]
    public void Host_RunsTheWorkstationGc_AndItsThreadPoolDoesNotSpin()
    {
        Assert.False(Settings.GetProperty("System.GC.Server").GetBoolean());
        Assert.Equal(0, Settings.GetProperty("System.Threading.ThreadPool.UnfairSemaphoreSpinLimit").GetInt32());
    }
}
