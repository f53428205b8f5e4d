namespace Judge.Api.Tests.Infrastructure;

/// <summary>
/// The service reads its configuration once. A reloading configuration watches the content root with inotify,
/// subdirectories included, and the default database lives there: every write to it would wake the watcher.
/// </summary>
public sealed class ConfigurationWatchTests : IDisposable
{
    private readonly string dataPath = Directory.CreateTempSubdirectory("judge-watch-").FullName;

    public void Dispose() => Directory.Delete(dataPath, recursive: true);

    [Fact]
    public async Task RunningService_HoldsNoInotifyWatch()
    {
        using var service = await ServiceProcess.StartAsync(dataPath);

        Assert.Equal(0, InotifyDescriptors(service.Pid));
    }

    [Fact]
    public async Task ReloadAskedForOnTheCommandLine_WatchesAgain()
    {
        using var service = await ServiceProcess.StartAsync(dataPath, "--hostBuilder:reloadConfigOnChange=true");

        Assert.True(InotifyDescriptors(service.Pid) > 0);
    }

    private static int InotifyDescriptors(int pid) =>
        Directory.GetFiles($"/proc/{pid}/fd").Count(fd => new FileInfo(fd).LinkTarget == "anon_inode:inotify");
}
