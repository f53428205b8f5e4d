// Wrong: the window is taken as [time - window, time], so a request exactly `window` ms older still counts.
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
        var allowed = new Dictionary<string, Queue<long>>();
        var output = new StringBuilder();
        for (int i = 0; i < n; i++)
        {
            var parts = Console.ReadLine()!.Split(' ');
            long time = long.Parse(parts[0]);
            if (!allowed.TryGetValue(parts[1], out var queue)) allowed[parts[1]] = queue = new Queue<long>();
            while (queue.Count > 0 && queue.Peek() < time - window) queue.Dequeue();
            if (queue.Count < limit)
            {
                queue.Enqueue(time);
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
