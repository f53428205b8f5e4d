using System.Globalization;

namespace Judge.Bench;

/// <summary>What /proc says about the machine and about a process and its descendants.</summary>
public static class Machine
{
    public static string LoadAverage() => File.ReadAllText("/proc/loadavg").Split(' ')[0];

    /// <summary>
    /// CPU seconds the whole machine has spent busy (user, nice, system, interrupts), from <c>/proc/stat</c>. Unlike a
    /// process's own times this counts the sandboxed workers too, whose CPU time bubblewrap's init never passes on;
    /// it also counts the load generator and anything else running, so it is exact only on an otherwise idle machine.
    /// </summary>
    public static double BusyCpuSeconds()
    {
        var fields = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // cpu user nice system idle iowait irq softirq steal: everything but idle and iowait, in USER_HZ (100 per second).
        long[] busy = [.. new[] { 1, 2, 3, 6, 7, 8 }.Select(i => long.Parse(fields[i], CultureInfo.InvariantCulture))];
        return busy.Sum() / 100.0;
    }

    /// <summary>
    /// A process's own CPU seconds and those of the children it has reaped (waited for), from <c>/proc/PID/stat</c>
    /// (<paramref name="pid"/> may be <c>self</c>).
    /// </summary>
    public static (double Own, double Reaped) CpuSeconds(string pid)
    {
        var fields = File.ReadAllText($"/proc/{pid}/stat").Split(')')[1].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // utime, stime, cutime, cstime are fields 14-17 of /proc/PID/stat (here offset by the two fields before ')'), in USER_HZ.
        long Ticks(int field) => long.Parse(fields[field], CultureInfo.InvariantCulture);
        return ((Ticks(11) + Ticks(12)) / 100.0, (Ticks(13) + Ticks(14)) / 100.0);
    }

    /// <summary>A <c>kB</c> line of <c>/proc/PID/status</c>, e.g. <c>VmRSS:</c> or <c>VmHWM:</c>.</summary>
    public static long StatusKb(int pid, string key) =>
        long.Parse(File.ReadLines($"/proc/{pid}/status").First(l => l.StartsWith(key, StringComparison.Ordinal))[key.Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);

    public static int OpenDescriptors(int pid) => Directory.GetFiles($"/proc/{pid}/fd").Length;

    public static int Threads(int pid) => Directory.GetDirectories($"/proc/{pid}/task").Length;

    /// <summary>
    /// The worker processes that descend from <paramref name="pid"/> and run <paramref name="program"/>: a self-contained
    /// executable (the runner) or an assembly started by <c>dotnet</c> (the compiler); not the bubblewrap that starts either.
    /// </summary>
    public static int Workers(int pid, string program) =>
        Descendants(pid).Count(p =>
        {
            var argv = Read($"/proc/{p}/cmdline").Split('\0');
            return argv[0].EndsWith(program, StringComparison.Ordinal)
                || (argv[0].EndsWith("dotnet", StringComparison.Ordinal) && argv.Any(a => a.EndsWith(program, StringComparison.Ordinal)));
        });

    public static List<int> Descendants(int root)
    {
        var parents = new Dictionary<int, int>();
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(dir), out var pid) && Read($"{dir}/stat") is { Length: > 0 } stat)
            {
                // Field 4 of /proc/PID/stat, after the command name in parentheses.
                parents[pid] = int.Parse(stat[(stat.LastIndexOf(')') + 2)..].Split(' ')[1], CultureInfo.InvariantCulture);
            }
        }
        return parents.Keys.Where(p => IsBelow(p, root, parents)).ToList();
    }

    private static bool IsBelow(int pid, int root, Dictionary<int, int> parents)
    {
        for (var depth = 0; depth < 64 && parents.TryGetValue(pid, out var parent); depth++)
        {
            if (parent == root)
            {
                return true;
            }
            pid = parent;
        }
        return false;
    }

    private static string Read(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return "";
        }
    }
}
