// Only the sandbox's own processes are visible.
using System.IO;

public class Solution
{
    public string Probe()
    {
        var pids = Directory.GetDirectories("/proc").Select(Path.GetFileName).Where(n => n!.All(char.IsDigit)).ToList();
        return pids.Count <= 4 ? "blocked: " + string.Join(",", pids) : "ESCAPED: sees " + pids.Count + " processes";
    }
}
