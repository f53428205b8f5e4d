// Long request logs for the O(N) requirement. Runs once in the host with a fixed seed. Expected output: the
// statement's rule applied with a queue of allowed timestamps per client.
string Replay(long window, int limit, List<(long Time, string Client)> requests)
{
    var allowed = new Dictionary<string, Queue<long>>();
    var output = new StringBuilder();
    foreach (var (time, client) in requests)
    {
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
    return output.ToString();
}

string ClientId(int i) => "c" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);

// `n` requests starting at epoch-millisecond timestamps, each `0..maxGap` ms after the previous one. A request
// comes from client 0 with probability `hotShare`, else from one of `clients` clients at random.
void AddLog(string name, int n, long window, int limit, int clients, double hotShare, int maxGap)
{
    var requests = new List<(long, string)>(n);
    var time = 1_700_000_000_000L + Random.Next(1_000_000);
    for (var i = 0; i < n; i++)
    {
        time += Random.Next(maxGap + 1);
        var client = Random.NextDouble() < hotShare ? 0 : Random.Next(clients);
        requests.Add((time, ClientId(client)));
    }
    var text = new StringBuilder();
    text.Append(n).Append(' ').Append(window).Append(' ').Append(limit).Append('\n');
    foreach (var (t, c) in requests)
    {
        text.Append(t).Append(' ').Append(c).Append('\n');
    }
    AddText(name, text.ToString(), Replay(window, limit, requests));
}

// 1. A medium log.
AddLog("medium", n: 20_000, window: 1_000, limit: 10, clients: 100, hotShare: 0.2, maxGap: 5);

// 2. Many clients with a small limit.
AddLog("many-clients", n: 100_000, window: 60_000, limit: 5, clients: 20_000, hotShare: 0.0, maxGap: 3);

// 3. One very busy client with a large limit: its window holds tens of thousands of allowed requests.
AddLog("busy-client-large-limit", n: 200_000, window: 100_000, limit: 50_000, clients: 50, hotShare: 0.9, maxGap: 2);

// 4. Bursts: many requests share a millisecond; a short window and a medium limit.
AddLog("bursts", n: 200_000, window: 20, limit: 30, clients: 10, hotShare: 0.5, maxGap: 1);
