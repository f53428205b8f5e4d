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

        var watches = Directory.GetFiles($"/proc/{service.Pid}/fd")
            .Select(fd => new FileInfo(fd).LinkTarget)
            .Where(target => target == "anon_inode:inotify")
            .ToList();

        Assert.Empty(watches);
    }
}
