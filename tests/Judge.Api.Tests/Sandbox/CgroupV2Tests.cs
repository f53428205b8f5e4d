using Judge.Sandbox.Cgroups;

namespace Judge.Api.Tests.Sandbox;

/// <summary>
/// cgroup v2 against a stand-in directory tree: this machine's cgroup2 mount has no memory controller, so
/// the kernel side cannot run here (cgroup v1, which can, is what every sandboxed test uses). This checks
/// the files the factory writes and reads, with the names and formats of the kernel's cgroup v2 interface.
/// </summary>
public sealed class CgroupV2Tests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("cgroup2-").FullName;

    [Fact]
    public void StartUp_RemovesTheGroupsOfADeadJudge_EvenWithManyLaunchersStartingAtOnce()
    {
        File.WriteAllText(Path.Combine(root, "cgroup.controllers"), "cpuset cpu io memory pids\n");
        var dead = Path.Combine(root, "judge", "judge-2147483000");
        Directory.CreateDirectory(Path.Combine(dead, "judge.runner-1"));
        Directory.CreateDirectory(Path.Combine(dead, "judge.compiler-2"));

        Parallel.For(0, 8, _ => new CgroupV2Factory(parent: "/judge", mountRoot: root));

        Assert.False(Directory.Exists(dead), "the dead judge's groups are gone");
        Assert.True(Directory.Exists(Path.Combine(root, "judge", $"judge-{Environment.ProcessId}")), "the live judge's stay");
    }

    [Fact]
    public void Create_WritesMemorySwapAndPidsLimitsAndReadsPeakAndOomEvents()
    {
        File.WriteAllText(Path.Combine(root, "cgroup.controllers"), "cpuset cpu io memory pids\n");
        Directory.CreateDirectory(Path.Combine(root, "judge"));
        Assert.True(CgroupV2Factory.IsAvailable(root));

        var factory = new CgroupV2Factory(parent: "/judge", mountRoot: root);
        using var group = factory.Create("runner-1", 352L << 20, 128);

        var directory = Path.Combine(root, "judge", $"judge-{Environment.ProcessId}", "runner-1");
        Assert.Equal((352L << 20).ToString(), File.ReadAllText(Path.Combine(directory, "memory.max")));
        Assert.Equal("0", File.ReadAllText(Path.Combine(directory, "memory.swap.max")));
        Assert.Equal("128", File.ReadAllText(Path.Combine(directory, "pids.max")));
        Assert.Equal("+memory +pids", File.ReadAllText(Path.Combine(root, "judge", $"judge-{Environment.ProcessId}", "cgroup.subtree_control")));
        Assert.Equal([Path.Combine(directory, "cgroup.procs")], group.ProcsFiles);

        File.WriteAllText(Path.Combine(directory, "memory.peak"), "123456789\n");
        File.WriteAllText(Path.Combine(directory, "memory.events"), "low 0\nhigh 0\nmax 0\noom 0\noom_kill 0\n");
        Assert.Equal(123456789, group.PeakMemoryBytes());
        Assert.False(group.MemoryLimitHit());
        File.WriteAllText(Path.Combine(directory, "memory.events"), "low 0\nhigh 0\nmax 3\noom 1\noom_kill 1\n");
        Assert.True(group.MemoryLimitHit());
    }

    [Fact]
    public void IsAvailable_NeedsTheMemoryController()
    {
        File.WriteAllText(Path.Combine(root, "cgroup.controllers"), "hugetlb\n");

        Assert.False(CgroupV2Factory.IsAvailable(root));
    }

    [Fact]
    public void BackgroundGroup_GetsTheLeastCpuWeight_UntilRaised_WhenTheCpuControllerCanBeDelegated()
    {
        File.WriteAllText(Path.Combine(root, "cgroup.controllers"), "cpuset cpu io memory pids\n");
        Directory.CreateDirectory(Path.Combine(root, "judge"));
        File.WriteAllText(Path.Combine(root, "judge", "cgroup.controllers"), "cpu memory pids\n");

        var factory = new CgroupV2Factory(parent: "/judge", mountRoot: root);
        using var pooled = factory.Create("runner-1", 352L << 20, 128, Judge.Sandbox.CpuPriority.Background);

        var judge = Path.Combine(root, "judge", $"judge-{Environment.ProcessId}");
        Assert.Equal("+cpu", File.ReadAllText(Path.Combine(judge, "cgroup.subtree_control")));
        var weight = Path.Combine(judge, "runner-1", "cpu.weight");
        Assert.Equal("1", File.ReadAllText(weight));
        pooled.RaiseToNormalPriority();
        Assert.Equal("100", File.ReadAllText(weight));
    }

    public void Dispose() => Directory.Delete(root, recursive: true);
}
