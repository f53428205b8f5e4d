// The pids cgroup caps threads.
using System.IO;

public class Solution
{
    public string Probe()
    {
        var started = 0;
        try { while (started < 100_000) { new Thread(() => Thread.Sleep(Timeout.Infinite)) { IsBackground = true }.Start(); started++; } return "ESCAPED: started " + started + " threads"; }
        catch (Exception e) { return "blocked: after " + started + " threads, " + e.GetType().Name; }
    }
}
