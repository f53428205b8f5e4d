// A queue of the allowed timestamps per client. Timestamps never decrease, so expired entries are always at the
// front: drop them, then compare the queue's length with the limit. Each timestamp enters and leaves a queue at
// most once: O(N) overall (plus hashing the client ids).
using System;
using System.Collections.Generic;
using System.IO;
using System.Text;

public class Program
{
    public static void Main()
    {
        var header = Console.ReadLine()!.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        int n = int.Parse(header[0]);
        long window = long.Parse(header[1]);
        int limit = int.Parse(header[2]);

        var allowed = new Dictionary<string, Queue<long>>();
        var output = new StringBuilder(n * 6);
        for (int i = 0; i < n; i++)
        {
            var parts = Console.ReadLine()!.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            long time = long.Parse(parts[0]);
            string client = parts[1];
            if (!allowed.TryGetValue(client, out var queue))
            {
                allowed[client] = queue = new Queue<long>();
            }
            while (queue.Count > 0 && queue.Peek() <= time - window)
            {
                queue.Dequeue();
            }
            if (queue.Count < limit)
            {
                queue.Enqueue(time);
                output.Append("ALLOW\n");
            }
            else
            {
                output.Append("DENY\n");
            }
        }
        Console.Write(output);
    }
}
