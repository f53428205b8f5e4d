// The private /tmp is small and the file-size rlimit is 8 MB.
using System.IO;

public class Solution
{
    public string Probe()
    {
        try
        {
            using var f = File.Create("/tmp/big");
            var chunk = new byte[1 << 20];
            for (var i = 0; i < 64; i++) f.Write(chunk);
            f.Flush();
            return "ESCAPED: wrote 64 MB";
        }
        catch (Exception e) { return "blocked: " + e.GetType().Name; }
    }
}
