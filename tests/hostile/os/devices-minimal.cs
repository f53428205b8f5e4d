// Only the four harmless devices exist: no terminal (/dev/tty, a pseudo-terminal pair through /dev/ptmx), no
// shared memory folder through which two sandboxes could meet, nothing else of the host's /dev.
using System.IO;

public class Solution
{
    public string Probe()
    {
        var allowed = new[] { "/dev/null", "/dev/zero", "/dev/random", "/dev/urandom" };
        var present = Directory.GetFileSystemEntries("/dev").OrderBy(e => e).ToList();
        var extra = present.Except(allowed).ToList();
        var missing = allowed.Except(present).ToList();
        using (var zero = File.OpenRead("/dev/zero"))
        using (var random = File.OpenRead("/dev/urandom"))
        using (var sink = File.OpenWrite("/dev/null"))
        {
            var buffer = new byte[16];
            zero.ReadExactly(buffer);
            random.ReadExactly(buffer);
            sink.Write(buffer);
        }
        return extra.Count == 0 && missing.Count == 0
            ? "blocked: /dev holds " + string.Join(",", present)
            : "ESCAPED: extra " + string.Join(",", extra) + "; missing " + string.Join(",", missing);
    }
}
