// Its own UTS namespace.
using System.IO;

public class Solution
{
    public string Probe()
    {
        var name = System.Net.Dns.GetHostName();
        return name == "judge" ? "blocked: " + name : "ESCAPED: " + name;
    }
}
