namespace Judge.Sandbox.Cgroups;

/// <summary>
/// cgroup v2: one unified directory. Memory uses <c>memory.max</c> with <c>memory.swap.max</c> = 0, peak is
/// <c>memory.peak</c> (kernel 5.19+), limit hits are the <c>max</c>/<c>oom_kill</c> counts of <c>memory.events</c>.
/// A background group gets the least <c>cpu.weight</c> when the cpu controller can be delegated (it is optional).
/// </summary>
public sealed class CgroupV2Factory : ICgroupFactory
{
    private readonly string baseDirectory;
    private readonly bool cpuDelegated;

    /// <summary>The kernel's least and default <c>cpu.weight</c>.</summary>
    private const string BackgroundWeight = "1", NormalWeight = "100";

    public CgroupV2Factory(string? parent = null, string mountRoot = "/sys/fs/cgroup")
    {
        var own = mountRoot + (parent ?? CgroupFs.OwnPath(controller: null)).TrimEnd('/');
        CgroupFs.RemoveStale(own);
        baseDirectory = Path.Combine(own, $"judge-{Environment.ProcessId}");
        Directory.CreateDirectory(baseDirectory);
        if (parent is null && !CgroupFs.TryWrite(Path.Combine(own, "cgroup.subtree_control"), "+memory +pids"))
        {
            // "No internal processes": a group with members cannot delegate controllers. Move the host
            // into a leaf of its own first (what container runtimes expect), then delegate.
            var leaf = Path.Combine(own, "service");
            Directory.CreateDirectory(leaf);
            foreach (var pid in File.ReadAllLines(Path.Combine(own, "cgroup.procs")))
            {
                CgroupFs.TryWrite(Path.Combine(leaf, "cgroup.procs"), pid);
            }
            CgroupFs.Write(Path.Combine(own, "cgroup.subtree_control"), "+memory +pids");
        }
        CgroupFs.Write(Path.Combine(baseDirectory, "cgroup.subtree_control"), "+memory +pids");
        // The cpu controller is optional: with it, pooled runners warm up at background priority.
        cpuDelegated = CgroupFs.Controllers(own).Contains("cpu")
            && CgroupFs.TryWrite(Path.Combine(own, "cgroup.subtree_control"), "+cpu")
            && CgroupFs.TryWrite(Path.Combine(baseDirectory, "cgroup.subtree_control"), "+cpu");
    }

    public string Description => "cgroup v2 (memory, pids" + (cpuDelegated ? ", cpu)" : ")");

    public static bool IsAvailable(string mountRoot = "/sys/fs/cgroup")
    {
        var controllers = Path.Combine(mountRoot, "cgroup.controllers");
        return File.Exists(controllers) && File.ReadAllText(controllers).Split(' ', '\n').Contains("memory");
    }

    public ICgroup Create(string name, long memoryBytes, int maxProcesses, CpuPriority priority = CpuPriority.Normal)
    {
        var directory = Path.Combine(baseDirectory, name);
        CgroupFs.CreateGroup(directory);
        CgroupFs.Write(Path.Combine(directory, "memory.max"), memoryBytes.ToString());
        CgroupFs.TryWrite(Path.Combine(directory, "memory.swap.max"), "0");
        CgroupFs.Write(Path.Combine(directory, "pids.max"), maxProcesses.ToString());
        if (priority == CpuPriority.Background)
        {
            CgroupFs.TryWrite(Path.Combine(directory, "cpu.weight"), BackgroundWeight);
        }
        return new Group(directory);
    }

    private sealed class Group(string directory) : ICgroup
    {
        public void RaiseToNormalPriority() => CgroupFs.TryWrite(Path.Combine(directory, "cpu.weight"), NormalWeight);

        public IReadOnlyList<string> ProcsFiles { get; } = [Path.Combine(directory, "cgroup.procs")];

        public long PeakMemoryBytes() => CgroupFs.ReadLong(Path.Combine(directory, "memory.peak"));

        public long MemoryBytes() => CgroupFs.ReadLong(Path.Combine(directory, "memory.current"));

        public bool MemoryLimitHit()
        {
            var events = Path.Combine(directory, "memory.events");
            return CgroupFs.ReadKey(events, "oom_kill") > 0 || CgroupFs.ReadKey(events, "max") > 0;
        }

        public void KillAll()
        {
            if (!CgroupFs.TryWrite(Path.Combine(directory, "cgroup.kill"), "1"))
            {
                CgroupFs.KillProcs(ProcsFiles[0]);
            }
        }

        public void Dispose()
        {
            KillAll();
            CgroupFs.Remove(directory);
        }
    }
}
