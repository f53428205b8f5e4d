namespace Judge.Sandbox.Cgroups;

/// <summary>One worker's control group: memory (swap off) and process-count limits, peak memory, OOM detection.</summary>
public interface ICgroup : IDisposable
{
    /// <summary>The <c>cgroup.procs</c> files a process writes its pid into to join (one per v1 controller, one for v2).</summary>
    IReadOnlyList<string> ProcsFiles { get; }

    long PeakMemoryBytes();

    /// <summary>Memory the group holds now.</summary>
    long MemoryBytes();

    /// <summary>True when the kernel hit the memory limit (the process was OOM-killed or allocations failed).</summary>
    bool MemoryLimitHit();

    /// <summary>Kills every process still in the group.</summary>
    void KillAll();

    /// <summary>
    /// Moves a group made with <see cref="CpuPriority.Background"/> to normal priority (a pooled runner that has been
    /// given a submission); does nothing for a group that has no CPU weight of its own.
    /// </summary>
    void RaiseToNormalPriority();
}

/// <summary>Creates control groups under the host's own group, for one cgroup version.</summary>
public interface ICgroupFactory
{
    /// <summary>What the log and <c>/healthz</c> say, e.g. "cgroup v1 (memory, pids)".</summary>
    string Description { get; }

    ICgroup Create(string name, long memoryBytes, int maxProcesses, CpuPriority priority = CpuPriority.Normal);
}
