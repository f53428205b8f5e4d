// The worker's files and the runtime are read-only.
using System.IO;

public class Solution
{
    public string Probe()
    {
        var written = new List<string>();
        foreach (var path in new[] { "/judge/evil.dll", "/usr/lib/evil.so", "/lib/evil", "/evil" })
        {
            try { File.WriteAllText(path, "x"); written.Add(path); } catch (Exception) { }
        }
        return written.Count == 0 ? "blocked" : "ESCAPED: " + string.Join(",", written);
    }
}
