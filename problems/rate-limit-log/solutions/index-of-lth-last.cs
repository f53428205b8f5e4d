// Another accepted style, without removing anything: keep every allowed timestamp of a client in a list (in
// order). A new request is allowed unless the client already has `limit` allowed requests in the window, i.e.
// unless the limit-th most recent allowed timestamp is still inside it. O(1) per request.
using System;
using System.Collections.Generic;
using System.IO;
using System.Text;

var input = Console.In.ReadToEnd().Split((char[])null, StringSplitOptions.RemoveEmptyEntries);
int n = int.Parse(input[0]);
long window = long.Parse(input[1]);
int limit = int.Parse(input[2]);

var history = new Dictionary<string, List<long>>();
var output = new StringBuilder();
for (int i = 0; i < n; i++)
{
    long time = long.Parse(input[3 + 2 * i]);
    string client = input[4 + 2 * i];
    if (!history.TryGetValue(client, out var times))
    {
        history[client] = times = new List<long>();
    }
    bool full = times.Count >= limit && times[times.Count - limit] > time - window;
    if (full)
    {
        output.AppendLine("DENY");
    }
    else
    {
        times.Add(time);
        output.AppendLine("ALLOW");
    }
}
Console.Write(output.ToString());
