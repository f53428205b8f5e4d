namespace Judge.Runner;

/// <summary>The process's peak resident memory so far (VmHWM), read from the sandbox's own /proc.</summary>
public static class PeakMemory
{
    public static long Kilobytes()
    {
        try
        {
            foreach (var line in File.ReadLines("/proc/self/status"))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    return long.Parse(line.AsSpan(6).Trim().TrimEnd("kB").Trim(), System.Globalization.CultureInfo.InvariantCulture);
                }
            }
        }
        catch (IOException)
        {
            // No /proc in this sandbox: memory is then reported by the host's cgroup only.
        }
        return 0;
    }
}
