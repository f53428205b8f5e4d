// No open descriptor leads to a host file.
using System.IO;

public class Solution
{
    public string Probe()
    {
        var leaks = new List<string>();
        foreach (var fd in Directory.GetFiles("/proc/self/fd"))
        {
            var target = new FileInfo(fd).LinkTarget ?? "";
            if (target.StartsWith("/") && !target.StartsWith("/dev/") && !target.StartsWith("/proc/") && !target.StartsWith("/judge/") && !target.StartsWith("/usr/") && !target.StartsWith("/lib") && !target.StartsWith("/tmp/")) leaks.Add(fd + "->" + target);
        }
        return leaks.Count == 0 ? "blocked" : "ESCAPED: " + string.Join(",", leaks);
    }
}
