namespace Judge.Sandbox.Cgroups;

/// <summary>
/// cgroup v1: one directory per controller. Memory uses <c>memory.limit_in_bytes</c> (and <c>memsw</c> to forbid
/// swap where the kernel accounts it), peak is <c>memory.max_usage_in_bytes</c>, limit hits are <c>memory.failcnt</c>.
/// </summary>
public sealed class CgroupV1Factory : ICgroupFactory
{
    private readonly string memoryBase;
    private readonly string pidsBase;

    public CgroupV1Factory(string? parent = null, string mountRoot = "/sys/fs/cgroup")
    {
        var memoryParent = Path.Combine(mountRoot, "memory") + (parent ?? CgroupFs.OwnPath("memory")).TrimEnd('/');
        var pidsParent = Path.Combine(mountRoot, "pids") + (parent ?? CgroupFs.OwnPath("pids")).TrimEnd('/');
        CgroupFs.RemoveStale(memoryParent);
        CgroupFs.RemoveStale(pidsParent);
        memoryBase = $"{memoryParent}/judge-{Environment.ProcessId}";
        pidsBase = $"{pidsParent}/judge-{Environment.ProcessId}";
    }

    public string Description => "cgroup v1 (memory, pids)";

    public static bool IsAvailable(string mountRoot = "/sys/fs/cgroup") =>
        File.Exists(Path.Combine(mountRoot, "memory", "memory.limit_in_bytes")) &&
        File.Exists(Path.Combine(mountRoot, "pids", "cgroup.procs"));

    public ICgroup Create(string name, long memoryBytes, int maxProcesses)
    {
        var memory = Path.Combine(memoryBase, name);
        var pids = Path.Combine(pidsBase, name);
        CgroupFs.CreateGroup(memory, pids);
        CgroupFs.Write(Path.Combine(memory, "memory.limit_in_bytes"), memoryBytes.ToString());
        CgroupFs.TryWrite(Path.Combine(memory, "memory.memsw.limit_in_bytes"), memoryBytes.ToString());
        CgroupFs.TryWrite(Path.Combine(memory, "memory.swappiness"), "0");
        CgroupFs.Write(Path.Combine(pids, "pids.max"), maxProcesses.ToString());
        return new Group(memory, pids);
    }

    private sealed class Group(string memory, string pids) : ICgroup
    {
        public IReadOnlyList<string> ProcsFiles { get; } = [Path.Combine(memory, "cgroup.procs"), Path.Combine(pids, "cgroup.procs")];

        public long PeakMemoryBytes() => CgroupFs.ReadLong(Path.Combine(memory, "memory.max_usage_in_bytes"));

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
            CgroupFs.Remove(memory);
            CgroupFs.Remove(pids);
        }
    }
}
