using System.Diagnostics;
using System.Runtime.InteropServices;
using Judge.Sandbox.Cgroups;

namespace Judge.Sandbox;

/// <summary>
/// Starts compiler and runner workers under the sandbox policy. Created once at start-up: it detects
/// bubblewrap and the cgroup version, and refuses to work without them unless unsafe local mode is on.
/// </summary>
public sealed class WorkerLauncher
{
    private readonly SandboxOptions options;
    private readonly SandboxPolicy policy;
    private readonly string? bubblewrap;
    private readonly ICgroupFactory? cgroups;
    private readonly Dictionary<WorkerKind, IReadOnlyList<string>> workerFiles = [];
    /// <summary>Process-wide, so that several launchers in one process never share a cgroup name.</summary>
    private static long started;

    public WorkerLauncher(SandboxOptions options, string? workerDirectory = null)
    {
        this.options = options;
        workerDirectory ??= options.WorkerDirectory is { Length: > 0 } configured ? configured : AppContext.BaseDirectory;
        policy = new SandboxPolicy(options, DotnetRoot(), workerDirectory);
        bubblewrap = FindBubblewrap(options.BubblewrapPath);
        (cgroups, var cgroupProblem) = Cgroups.Cgroups.Detect(string.IsNullOrEmpty(options.CgroupParent) ? null : options.CgroupParent);
        var problems = new List<string>();
        if (bubblewrap is null)
        {
            problems.Add("bubblewrap (bwrap) is not installed or cannot create namespaces here");
        }
        if (cgroupProblem is not null)
        {
            problems.Add(cgroupProblem);
        }
        Status = new SandboxStatus(
            bubblewrap is null ? "none" : "bubblewrap",
            cgroups?.Description ?? "none",
            Unsafe: problems.Count > 0,
            problems);
        if (Status.Unsafe && !options.AllowUnsafeLocalMode)
        {
            throw new InvalidOperationException(
                "Judge will not run submissions without isolation: " + string.Join("; ", problems) +
                ". Install bubblewrap and run as root (or with a delegated cgroup), or set Sandbox__AllowUnsafeLocalMode=true for local, trusted use only.");
        }
        foreach (var worker in new[] { WorkerKind.Compiler, WorkerKind.Runner })
        {
            workerFiles[worker] = WorkerFiles.For(workerDirectory, worker);
        }
    }

    public SandboxStatus Status { get; }

    /// <summary>
    /// Starts a worker with a managed heap of <paramref name="heapMb"/> and at most <paramref name="cpuSeconds"/> of CPU,
    /// at <paramref name="priority"/> (background: only CPU that nothing else wants, until raised), with
    /// <paramref name="arguments"/> on its command line.
    /// </summary>
    public SandboxedProcess Start(WorkerKind worker, int heapMb, int cpuSeconds, CpuPriority priority = CpuPriority.Normal, IReadOnlyList<string>? arguments = null)
    {
        var name = $"{worker.AssemblyName.ToLowerInvariant()}-{Interlocked.Increment(ref started)}";
        var cgroup = cgroups?.Create(name, (long)(heapMb + options.RuntimeOverheadMb) << 20, options.MaxProcesses, priority);
        var start = new ProcessStartInfo("/bin/sh")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment.Clear();
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(SandboxPolicy.LauncherScript);
        start.ArgumentList.Add("judge-launch");
        start.ArgumentList.Add(cpuSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture));
        foreach (var procs in cgroup?.ProcsFiles ?? [])
        {
            start.ArgumentList.Add(procs);
        }
        start.ArgumentList.Add("--");
        var command = bubblewrap is null
            ? policy.UnisolatedArguments(worker, heapMb, arguments)
            : policy.BubblewrapArguments(worker, workerFiles[worker], heapMb, arguments).Prepend(bubblewrap);
        foreach (var argument in command)
        {
            start.ArgumentList.Add(argument);
        }
        try
        {
            return new SandboxedProcess(SpawnThread.Start(start), cgroup, options.StderrLimitBytes);
        }
        catch
        {
            cgroup?.Dispose();
            throw;
        }
    }

    /// <summary>The .NET installation the host itself runs on; workers use the same runtime.</summary>
    public static string DotnetRoot() =>
        Path.GetFullPath(Path.Combine(RuntimeEnvironment.GetRuntimeDirectory(), "..", "..", ".."));

    private static string? FindBubblewrap(string? configured)
    {
        var candidates = configured is { Length: > 0 }
            ? [configured]
            : (System.Environment.GetEnvironmentVariable("PATH") ?? "/usr/bin").Split(':').Select(d => Path.Combine(d, "bwrap"));
        var path = candidates.FirstOrDefault(File.Exists);
        return path is not null && CanCreateNamespaces(path) ? path : null;
    }

    private static bool CanCreateNamespaces(string bwrap)
    {
        try
        {
            using var probe = Process.Start(new ProcessStartInfo(bwrap, ["--unshare-all", "--ro-bind", "/", "/", "--", "/bin/true"])
            {
                RedirectStandardError = true,
                UseShellExecute = false,
            })!;
            return probe.WaitForExit(5000) && probe.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }
}

/// <summary>What isolation is in force, for the log and <c>/healthz</c>.</summary>
public sealed record SandboxStatus(string Namespaces, string Cgroups, bool Unsafe, IReadOnlyList<string> Problems);
