// Too slow: each request first removes the client's expired timestamps with RemoveAll, which walks the whole
// list: O(requests in the window) per request, O(N * L) overall for a busy client with a large limit.
using System;
using System.Collections.Generic;
using System.Text;

public class Program
{
    public static void Main()
    {
        var header = Console.ReadLine()!.Split(' ');
        int n = int.Parse(header[0]);
        long window = long.Parse(header[1]);
        int limit = int.Parse(header[2]);
        var allowed = new Dictionary<string, List<long>>();
        var output = new StringBuilder();
        for (int i = 0; i < n; i++)
        {
            var parts = Console.ReadLine()!.Split(' ');
            long time = long.Parse(parts[0]);
            if (!allowed.TryGetValue(parts[1], out var times)) allowed[parts[1]] = times = new List<long>();
            times.RemoveAll(t => t <= time - window);
            if (times.Count < limit)
            {
                times.Add(time);
                output.AppendLine("ALLOW");
            }
            else
            {
                output.AppendLine("DENY");
            }
        }
        Console.Write(output);
    }
}
