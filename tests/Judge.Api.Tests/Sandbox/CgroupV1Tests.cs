using Judge.Sandbox;
using Judge.Sandbox.Cgroups;

namespace Judge.Api.Tests.Sandbox;

/// <summary>cgroup v1 against the kernel: this project's machines mount the v1 memory, pids and cpu hierarchies.</summary>
public sealed class CgroupV1Tests
{
    [Fact]
    public void BackgroundGroup_JoinsTheCpuHierarchyWithTheLeastShares_UntilRaised()
    {
        Assert.True(CgroupV1Factory.IsAvailable(), "cgroup v1 memory and pids hierarchies are mounted");
        var factory = new CgroupV1Factory();
        var name = $"runner-test-{Guid.NewGuid():N}";

        string cpuGroup;
        using (var pooled = factory.Create(name, 256L << 20, 16, CpuPriority.Background))
        {
            cpuGroup = Path.GetDirectoryName(Assert.Single(pooled.ProcsFiles, f => f.Contains("/cpu/")))!;
            Assert.Equal("2", File.ReadAllText(Path.Combine(cpuGroup, "cpu.shares")).Trim());
            pooled.RaiseToNormalPriority();
            Assert.Equal("1024", File.ReadAllText(Path.Combine(cpuGroup, "cpu.shares")).Trim());
        }
        Assert.False(Directory.Exists(cpuGroup), "the CPU group goes with the worker");
    }

    [Fact]
    public void NormalGroup_HasNoCpuGroupOfItsOwn()
    {
        using var group = new CgroupV1Factory().Create($"compiler-test-{Guid.NewGuid():N}", 256L << 20, 16);

        Assert.Equal(2, group.ProcsFiles.Count);
        Assert.DoesNotContain(group.ProcsFiles, f => f.Contains("/cpu/"));
    }
}
