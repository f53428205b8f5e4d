// Wrong: every request is recorded, denied ones too, so a client that keeps retrying stays blocked even
// though it has sent fewer than `limit` allowed requests in the window.
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
        var seen = new Dictionary<string, Queue<long>>();
        var output = new StringBuilder();
        for (int i = 0; i < n; i++)
        {
            var parts = Console.ReadLine()!.Split(' ');
            long time = long.Parse(parts[0]);
            if (!seen.TryGetValue(parts[1], out var queue)) seen[parts[1]] = queue = new Queue<long>();
            while (queue.Count > 0 && queue.Peek() <= time - window) queue.Dequeue();
            output.AppendLine(queue.Count < limit ? "ALLOW" : "DENY");
            queue.Enqueue(time);
        }
        Console.Write(output);
    }
}
