namespace Judge.Sandbox.Cgroups;

/// <summary>Picks the cgroup version the machine offers, preferring v2 when it has the memory controller.</summary>
public static class Cgroups
{
    /// <summary>
    /// The factory for this machine, or null with the reason when neither version is usable. A probe group is
    /// created and removed, so a read-only or undelegated hierarchy is found at start-up, not at the first submission.
    /// </summary>
    public static (ICgroupFactory? Factory, string? Problem) Detect(string? parent)
    {
        try
        {
            ICgroupFactory? factory = CgroupV2Factory.IsAvailable() ? new CgroupV2Factory(parent)
                : CgroupV1Factory.IsAvailable() ? new CgroupV1Factory(parent)
                : null;
            if (factory is null)
            {
                return (null, "no cgroup v2 memory controller and no cgroup v1 memory and pids hierarchies are mounted");
            }
            using var probe = factory.Create($"probe-{Guid.NewGuid():N}", 64L << 20, 8);
            return (factory, null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, $"cgroups are mounted but not writable: {e.Message}");
        }
    }
}
