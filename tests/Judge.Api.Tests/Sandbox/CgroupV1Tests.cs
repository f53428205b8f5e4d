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
    public void WithoutAWritableCpuHierarchy_GroupsStillWork_WithoutCpuPriority()
    {
        // A stand-in mount whose cpu hierarchy cannot hold directories (a file where the group would go), as in a
        // container that delegated only memory and pids.
        var root = Directory.CreateTempSubdirectory("cgroup1-").FullName;
        try
        {
            foreach (var controller in new[] { "memory", "pids", "cpu" })
            {
                Directory.CreateDirectory(Path.Combine(root, controller));
            }
            File.WriteAllText(Path.Combine(root, "cpu", "cpu.shares"), "1024");
            File.WriteAllText(Path.Combine(root, "cpu", "judge"), "not a directory");
            var factory = new CgroupV1Factory(parent: "/judge", mountRoot: root);

            using var pooled = factory.Create("runner-1", 256L << 20, 16, CpuPriority.Background);

            Assert.Equal("cgroup v1 (memory, pids)", factory.Description);
            Assert.Equal(2, pooled.ProcsFiles.Count);
            pooled.RaiseToNormalPriority();
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void NormalGroup_HasNoCpuGroupOfItsOwn()
    {
        using var group = new CgroupV1Factory().Create($"compiler-test-{Guid.NewGuid():N}", 256L << 20, 16);

        Assert.Equal(2, group.ProcsFiles.Count);
        Assert.DoesNotContain(group.ProcsFiles, f => f.Contains("/cpu/"));
    }
}
