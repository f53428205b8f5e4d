namespace Judge.Sandbox.Cgroups;

/// <summary>
/// cgroup v1: one directory per controller. Memory uses <c>memory.limit_in_bytes</c> (and <c>memsw</c> to forbid
/// swap where the kernel accounts it), peak is <c>memory.max_usage_in_bytes</c>, limit hits are <c>memory.failcnt</c>.
/// A background group also joins the <c>cpu</c> hierarchy, when it is mounted, with the least <c>cpu.shares</c>.
/// </summary>
public sealed class CgroupV1Factory : ICgroupFactory
{
    private readonly string memoryBase;
    private readonly string pidsBase;
    private readonly string? cpuBase;

    /// <summary>The kernel's least and default <c>cpu.shares</c>.</summary>
    private const string BackgroundShares = "2", NormalShares = "1024";

    public CgroupV1Factory(string? parent = null, string mountRoot = "/sys/fs/cgroup")
    {
        var memoryParent = Path.Combine(mountRoot, "memory") + (parent ?? CgroupFs.OwnPath("memory")).TrimEnd('/');
        var pidsParent = Path.Combine(mountRoot, "pids") + (parent ?? CgroupFs.OwnPath("pids")).TrimEnd('/');
        CgroupFs.RemoveStale(memoryParent);
        CgroupFs.RemoveStale(pidsParent);
        memoryBase = $"{memoryParent}/judge-{Environment.ProcessId}";
        pidsBase = $"{pidsParent}/judge-{Environment.ProcessId}";
        if (File.Exists(Path.Combine(mountRoot, "cpu", "cpu.shares")))
        {
            cpuBase = TryCpuBase(Path.Combine(mountRoot, "cpu") + (parent ?? CgroupFs.OwnPath("cpu")).TrimEnd('/'));
        }
    }

    public string Description => cpuBase is null ? "cgroup v1 (memory, pids)" : "cgroup v1 (memory, pids, cpu)";

    /// <summary>
    /// The base of this judge's CPU groups, or null when that hierarchy is not ours to write (a container that
    /// delegated only memory and pids): CPU priority is an optimisation, never a reason not to start.
    /// </summary>
    private static string? TryCpuBase(string cpuParent)
    {
        try
        {
            CgroupFs.RemoveStale(cpuParent);
            var cpuBase = $"{cpuParent}/judge-{Environment.ProcessId}";
            Directory.CreateDirectory(cpuBase);
            return cpuBase;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    public static bool IsAvailable(string mountRoot = "/sys/fs/cgroup") =>
        File.Exists(Path.Combine(mountRoot, "memory", "memory.limit_in_bytes")) &&
        File.Exists(Path.Combine(mountRoot, "pids", "cgroup.procs"));

    public ICgroup Create(string name, long memoryBytes, int maxProcesses, CpuPriority priority = CpuPriority.Normal)
    {
        var memory = Path.Combine(memoryBase, name);
        var pids = Path.Combine(pidsBase, name);
        // Only a background group needs a CPU group: one more cgroup.procs write is time at every worker start.
        var cpu = priority == CpuPriority.Background && cpuBase is not null ? Path.Combine(cpuBase, name) : null;
        string[] directories = cpu is null ? [memory, pids] : [memory, pids, cpu];
        CgroupFs.CreateGroup(directories);
        CgroupFs.Write(Path.Combine(memory, "memory.limit_in_bytes"), memoryBytes.ToString());
        CgroupFs.TryWrite(Path.Combine(memory, "memory.memsw.limit_in_bytes"), memoryBytes.ToString());
        CgroupFs.TryWrite(Path.Combine(memory, "memory.swappiness"), "0");
        CgroupFs.Write(Path.Combine(pids, "pids.max"), maxProcesses.ToString());
        if (cpu is not null)
        {
            CgroupFs.Write(Path.Combine(cpu, "cpu.shares"), BackgroundShares);
        }
        return new Group(memory, cpu, directories);
    }

    /// <param name="directories">The worker's directory in each hierarchy it joins: memory, pids and, in the background, cpu.</param>
    private sealed class Group(string memory, string? cpu, string[] directories) : ICgroup
    {
        public IReadOnlyList<string> ProcsFiles { get; } = [.. directories.Select(d => Path.Combine(d, "cgroup.procs"))];

        public void RaiseToNormalPriority()
        {
            if (cpu is not null)
            {
                CgroupFs.TryWrite(Path.Combine(cpu, "cpu.shares"), NormalShares);
            }
        }

        public long PeakMemoryBytes() => CgroupFs.ReadLong(Path.Combine(memory, "memory.max_usage_in_bytes"));

        public long MemoryBytes() => CgroupFs.ReadLong(Path.Combine(memory, "memory.usage_in_bytes"));

        public bool MemoryLimitHit() =>
            CgroupFs.ReadLong(Path.Combine(memory, "memory.failcnt")) > 0 ||
            CgroupFs.ReadKey(Path.Combine(memory, "memory.oom_control"), "oom_kill") > 0;

        public void KillAll()
        {
            CgroupFs.KillProcs(ProcsFiles[0]);
            CgroupFs.KillProcs(ProcsFiles[1]);
        }

        public void Dispose()
        {
            KillAll();
            foreach (var directory in directories)
            {
                CgroupFs.Remove(directory);
            }
        }
    }
}
