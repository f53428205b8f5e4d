// The host's /etc is not in the sandbox.
using System.IO;

public class Solution
{
    public string Probe()
    {
        try { return "ESCAPED: " + File.ReadAllText("/etc/passwd").Length; }
        catch (Exception e) { return "blocked: " + e.GetType().Name; }
    }
}
