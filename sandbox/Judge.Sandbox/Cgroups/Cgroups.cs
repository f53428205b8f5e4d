namespace Judge.Sandbox.Cgroups;

/// <summary>Picks the cgroup version the machine offers, preferring v2 when it has the memory controller.</summary>
public static class Cgroups
{
    /// <summary>The factory for this machine, or null with the reason when neither version is usable.</summary>
    public static (ICgroupFactory? Factory, string? Problem) Detect()
    {
        try
        {
            if (CgroupV2Factory.IsAvailable())
            {
                return (new CgroupV2Factory(), null);
            }
            if (CgroupV1Factory.IsAvailable())
            {
                var v1 = new CgroupV1Factory();
                using var probe = v1.Create($"probe-{Guid.NewGuid():N}", 64L << 20, 8);
                return (v1, null);
            }
            return (null, "no cgroup v2 memory controller and no cgroup v1 memory and pids hierarchies are mounted");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, $"cgroups are mounted but not writable: {e.Message}");
        }
    }
}
