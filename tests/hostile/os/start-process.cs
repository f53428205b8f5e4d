// There is no shell or any other program to start.
using System.IO;

public class Solution
{
    public string Probe()
    {
        try { System.Diagnostics.Process.Start("/bin/sh", "-c true")!.WaitForExit(); return "ESCAPED: started a shell"; }
        catch (Exception e) { return "blocked: " + e.GetType().Name; }
    }
}
