// No route anywhere.
using System.IO;

public class Solution
{
    public string Probe()
    {
        try { using var c = new System.Net.Sockets.TcpClient(); c.Connect("1.1.1.1", 53); return "ESCAPED: connected"; }
        catch (Exception e) { return "blocked: " + e.GetType().Name; }
    }
}
