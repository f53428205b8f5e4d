namespace Judge.Sandbox.Cgroups;

/// <summary>Small helpers for the cgroup file system, shared by both versions.</summary>
internal static class CgroupFs
{
    public static void Write(string path, string value) => File.WriteAllText(path, value);

    /// <summary>
    /// Creates a group folder. Tries again if its parent vanished meanwhile: another judge's start-up sweep
    /// (<see cref="RemoveStale"/>) may remove this process's base folder in the moment it holds no groups.
    /// </summary>
    public static void CreateGroup(params string[] directories)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                foreach (var directory in directories)
                {
                    Directory.CreateDirectory(directory);
                }
                return;
            }
            catch (DirectoryNotFoundException) when (attempt < 3)
            {
            }
        }
    }

    public static bool TryWrite(string path, string value)
    {
        try
        {
            File.WriteAllText(path, value);
            return true;
        }
        catch (IOException)
        {
            return false;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>The controllers a v2 group can hand to its children (its <c>cgroup.controllers</c>).</summary>
    public static string[] Controllers(string directory)
    {
        var path = Path.Combine(directory, "cgroup.controllers");
        return File.Exists(path) ? File.ReadAllText(path).Split(' ', '\n', StringSplitOptions.RemoveEmptyEntries) : [];
    }

    public static long ReadLong(string path) =>
        File.Exists(path) && long.TryParse(File.ReadAllText(path).Trim(), out var value) ? value : 0;

    /// <summary>Reads <c>key value</c> lines such as <c>memory.events</c> or <c>memory.oom_control</c>.</summary>
    public static long ReadKey(string path, string key)
    {
        if (!File.Exists(path))
        {
            return 0;
        }
        foreach (var line in File.ReadLines(path))
        {
            var parts = line.Split(' ', 2);
            if (parts.Length == 2 && parts[0] == key && long.TryParse(parts[1], out var value))
            {
                return value;
            }
        }
        return 0;
    }

    public static void KillProcs(string procsFile)
    {
        if (!File.Exists(procsFile))
        {
            return;
        }
        string[] lines;
        try
        {
            lines = File.ReadAllLines(procsFile);
        }
        catch (IOException)
        {
            return;
        }
        foreach (var line in lines)
        {
            if (int.TryParse(line, out var pid))
            {
                try
                {
                    System.Diagnostics.Process.GetProcessById(pid).Kill(entireProcessTree: false);
                }
                catch (Exception e) when (e is ArgumentException or InvalidOperationException or System.ComponentModel.Win32Exception)
                {
                    // Already gone.
                }
            }
        }
    }

    /// <summary>
    /// Removes a group directory, retrying while the kernel reaps its last processes: up to 5 s, since a killed
    /// process on a busy machine can take longer than the half second this once allowed, which left the group behind.
    /// </summary>
    public static void Remove(string directory)
    {
        for (var attempt = 0; attempt < 500 && Directory.Exists(directory); attempt++)
        {
            try
            {
                Directory.Delete(directory);
                return;
            }
            catch (DirectoryNotFoundException)
            {
                return;
            }
            catch (IOException)
            {
                Thread.Sleep(10);
            }
        }
    }

    /// <summary>
    /// Removes the groups a killed judge process left behind: <c>judge-PID</c> folders whose process is gone.
    /// A SIGKILL gives the service no chance to clean up, and its runners die with it (die-with-parent), so
    /// what remains is empty directories; any straggler is killed first. Another sweep (another launcher
    /// starting at the same moment) may remove the same folder first, so a folder that vanishes is skipped.
    /// </summary>
    public static void RemoveStale(string parentDirectory)
    {
        if (!Directory.Exists(parentDirectory))
        {
            return;
        }
        foreach (var directory in Directory.GetDirectories(parentDirectory, "judge-*"))
        {
            if (!int.TryParse(Path.GetFileName(directory)["judge-".Length..], out var pid) || Directory.Exists($"/proc/{pid}"))
            {
                continue;
            }
            try
            {
                foreach (var group in Directory.GetDirectories(directory))
                {
                    KillProcs(Path.Combine(group, "cgroup.procs"));
                    Remove(group);
                }
                Remove(directory);
            }
            catch (DirectoryNotFoundException)
            {
                // Removed by the other sweep.
            }
        }
    }

    /// <summary>The host's own path in a hierarchy, from <c>/proc/self/cgroup</c> (v1: by controller; v2: the "0::" line).</summary>
    public static string OwnPath(string? controller)
    {
        foreach (var line in File.ReadLines("/proc/self/cgroup"))
        {
            var parts = line.Split(':', 3);
            if (parts.Length == 3 && (controller is null ? parts[0] == "0" : parts[1].Split(',').Contains(controller)))
            {
                return parts[2];
            }
        }
        return "/";
    }
}
