using System.Net;
using System.Net.Sockets;
using Judge.Sandbox;

namespace Judge.Api.Tests.Hostile;

/// <summary>
/// What the host checks after every hostile submission: nothing it forbids happened outside the sandbox.
/// The hostile tests run alone (see <see cref="HostileCollection"/>) so that these checks see only their own run.
/// </summary>
public sealed class HostChecks : IDisposable
{
    public const int ListenerPort = 47123;
    public const string MarkerFile = "/tmp/judge-hostile-marker";

    private readonly TcpListener listener = new(IPAddress.Loopback, ListenerPort);

    public HostChecks()
    {
        File.Delete(MarkerFile);
        listener.Start();
    }

    /// <summary>Asserts the host is as it was: no marker file, no connection, no runner process, no runner cgroup.</summary>
    public async Task AssertHostUntouchedAsync(string what)
    {
        Assert.False(File.Exists(MarkerFile), $"{what}: a file appeared on the host");
        Assert.False(listener.Pending(), $"{what}: the loopback listener got a connection");
        // The runner is killed with its cgroup; give the kernel a moment to reap it.
        for (var attempt = 0; attempt < 50 && (RunnerProcesses().Count > 0 || RunnerCgroups().Count > 0); attempt++)
        {
            await Task.Delay(100);
        }
        Assert.True(RunnerProcesses().Count == 0, $"{what}: runner processes left: {string.Join(",", RunnerProcesses().Select(Describe))}");
        Assert.True(RunnerCgroups().Count == 0, $"{what}: runner cgroups left: {string.Join(",", RunnerCgroups())}");
    }

    /// <summary>
    /// Processes whose command line runs the sandboxed runner (bubblewrap's and the runner's own) and that descend from
    /// <paramref name="ancestor"/>: by default this test process, since other judge services may run on the same machine.
    /// </summary>
    public static List<string> RunnerProcesses(int? ancestor = null) =>
        Directory.EnumerateDirectories("/proc")
            .Select(d => Path.GetFileName(d))
            .Where(pid => pid.All(char.IsDigit))
            .Where(pid => CommandLine(pid).Contains(WorkerKind.Runner.Executable!, StringComparison.Ordinal))
            .Where(pid => DescendsFrom(int.Parse(pid), ancestor ?? Environment.ProcessId))
            .ToList();

    /// <summary>A process's command line, its arguments separated by spaces (empty once it is gone).</summary>
    public static string CommandLine(string pid) => ReadOrEmpty($"/proc/{pid}/cmdline").Replace('\0', ' ').TrimEnd();

    private static bool DescendsFrom(int pid, int ancestor)
    {
        for (var depth = 0; depth < 32 && pid > 1; depth++)
        {
            if (pid == ancestor)
            {
                return true;
            }
            var parent = ReadOrEmpty($"/proc/{pid}/status").Split('\n').FirstOrDefault(l => l.StartsWith("PPid:", StringComparison.Ordinal));
            if (parent is null || !int.TryParse(parent["PPid:".Length..].Trim(), out pid))
            {
                return false;
            }
        }
        return false;
    }

    /// <summary>Runner cgroups this test process's launchers created and did not remove.</summary>
    public static List<string> RunnerCgroups() =>
        new[] { "/sys/fs/cgroup", "/sys/fs/cgroup/memory", "/sys/fs/cgroup/pids" }
            .Where(Directory.Exists)
            .SelectMany(root => SafeEnumerate(root))
            .Where(d => Path.GetFileName(d).StartsWith("judge.runner-", StringComparison.Ordinal)
                && d.Contains($"/judge-{Environment.ProcessId}/", StringComparison.Ordinal))
            .ToList();

    public void Dispose() => listener.Stop();

    private static string Describe(string pid) =>
        $"{pid} [{string.Join(" ", ReadOrEmpty($"/proc/{pid}/status").Split('\n').Where(l => l.StartsWith("State") || l.StartsWith("PPid")))}] {CommandLine(pid)}";

    private static IEnumerable<string> SafeEnumerate(string root)
    {
        try
        {
            return Directory.EnumerateDirectories(root, "judge.runner-*", new EnumerationOptions { RecurseSubdirectories = true, MaxRecursionDepth = 6, IgnoreInaccessible = true }).ToList();
        }
        catch (IOException)
        {
            return [];
        }
    }

    /// <summary>A file of <c>/proc</c>, or nothing once its process is gone (processes come and go while they are looked at).</summary>
    public static string ReadOrEmpty(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return "";
        }
    }
}

/// <summary>The hostile tests run on their own, after everything else, so the host checks see only their runs.</summary>
[CollectionDefinition(nameof(HostileCollection), DisableParallelization = true)]
public sealed class HostileCollection : ICollectionFixture<HostChecks>;
