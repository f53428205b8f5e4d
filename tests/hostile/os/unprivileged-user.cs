// The process runs as nobody, with no capabilities.
using System.IO;

public class Solution
{
    public string Probe()
    {
        var status = File.ReadAllLines("/proc/self/status");
        var uid = status.First(l => l.StartsWith("Uid:"));
        var caps = status.First(l => l.StartsWith("CapEff:"));
        return uid.Contains("65534") && caps.EndsWith("0000000000000000") ? "blocked: " + uid : "ESCAPED: " + uid + " " + caps;
    }
}
