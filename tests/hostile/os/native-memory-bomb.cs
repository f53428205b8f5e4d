// The memory cgroup stops native allocations the managed heap limit does not see.
using System.IO;

public class Solution
{
    public string Probe()
    {
        var blocks = new List<IntPtr>();
        for (var i = 0; i < 64; i++)
        {
            var p = System.Runtime.InteropServices.Marshal.AllocHGlobal(64 << 20);
            unsafe { new Span<byte>((void*)p, 64 << 20).Fill(1); }
            blocks.Add(p);
        }
        return "ESCAPED: touched 4 GB";
    }
}
