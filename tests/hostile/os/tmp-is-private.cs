// A file in the sandbox's /tmp never appears on the host (the test checks the host's /tmp).
using System.IO;

public class Solution
{
    public string Probe()
    {
        File.WriteAllText("/tmp/judge-hostile-marker", "pwned");
        return "blocked: wrote only the private /tmp";
    }
}
