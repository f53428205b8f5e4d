// No network: not even loopback reaches the host's listener.
using System.IO;

public class Solution
{
    public string Probe()
    {
        try { using var c = new System.Net.Sockets.TcpClient(); c.Connect("127.0.0.1", 47123); return "ESCAPED: connected"; }
        catch (Exception e) { return "blocked: " + e.GetType().Name; }
    }
}
