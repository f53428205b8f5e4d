// Only the runtime, libraries and the worker's own files exist.
using System.IO;

public class Solution
{
    public string Probe()
    {
        var seen = new[] { "/home", "/root", "/etc", "/var", "/work", "/srv", "/opt", "/bin", "/sbin", "/usr/bin", "/boot", "/sys" }.Where(Directory.Exists).ToList();
        return seen.Count == 0 ? "blocked: " + string.Join(",", Directory.GetDirectories("/")) : "ESCAPED: " + string.Join(",", seen);
    }
}
