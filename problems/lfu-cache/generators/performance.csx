// Long operation sequences with many evictions, for the O(1)-per-operation requirement. Runs once in the host
// with a fixed seed. Expected results come from a simple reference: an ordered set of (count, last use, key)
// whose first element is the key to evict.
const int MaxKey = 100_000;

List<object?> Simulate(int capacity, List<string> ops, List<int[]> args)
{
    var results = new List<object?> { null };
    var entries = new Dictionary<int, (int Value, int Uses, long Time)>();
    var order = new SortedSet<(int Uses, long Time, int Key)>();
    long time = 0;
    for (var i = 1; i < ops.Count; i++)
    {
        time++;
        var key = args[i][0];
        var found = entries.TryGetValue(key, out var entry);
        if (ops[i] == "Get")
        {
            results.Add(found ? entry.Value : -1);
        }
        else
        {
            results.Add(null);
        }
        if (found)
        {
            order.Remove((entry.Uses, entry.Time, key));
            var value = ops[i] == "Get" ? entry.Value : args[i][1];
            entries[key] = (value, entry.Uses + 1, time);
            order.Add((entry.Uses + 1, time, key));
        }
        else if (ops[i] == "Put" && capacity > 0)
        {
            if (entries.Count == capacity)
            {
                var victim = order.Min;
                order.Remove(victim);
                entries.Remove(victim.Key);
            }
            entries[key] = (args[i][1], 1, time);
            order.Add((1, time, key));
        }
    }
    return results;
}

// `calls` calls after the constructor: a Get with probability `getShare`, else a Put. Keys are drawn by `nextKey`.
void AddTest(string name, int capacity, int calls, double getShare, Func<int> nextKey)
{
    var ops = new List<string> { "LFUCache" };
    var args = new List<int[]> { new[] { capacity } };
    for (var i = 0; i < calls; i++)
    {
        var key = nextKey();
        if (Random.NextDouble() < getShare)
        {
            ops.Add("Get");
            args.Add(new[] { key });
        }
        else
        {
            ops.Add("Put");
            args.Add(new[] { key, Random.Next(1_000_000_000) });
        }
    }
    Add(name, new { ops, args }, Simulate(capacity, ops, args));
}

// A skewed key choice: key k has probability about proportional to 1 / (k + 1), over `range` keys
// placed at random positions among 0..MaxKey.
Func<int> Skewed(int range)
{
    var keys = Enumerable.Range(0, MaxKey + 1).OrderBy(_ => Random.Next()).Take(range).ToArray();
    return () => keys[(int)Math.Min(range - 1, Math.Exp(Random.NextDouble() * Math.Log(range + 1)) - 1)];
}

// Mostly the next key of a fixed cycle through all the keys (a key comes back only after all the others, so
// nearly every such Put misses and evicts), sometimes a random key.
Func<int> MostlyCycling(double share)
{
    var cycle = Enumerable.Range(0, MaxKey + 1).OrderBy(_ => Random.Next()).ToArray();
    var next = 0;
    return () => Random.NextDouble() < share ? cycle[next++ % cycle.Length] : Random.Next(MaxKey + 1);
}

// 1. A small cache and a small key range: every use count level is busy.
AddTest("small-cache", capacity: 500, calls: 20_000, getShare: 0.5, () => Random.Next(2_000));

// 2. A large cache under a stream of keys it does not hold: about 70 000 evictions from a 70 000-key cache.
AddTest("eviction-stream", capacity: 70_000, calls: 160_000, getShare: 0.1, MostlyCycling(0.9));

// 3. Skewed keys: a few keys reach large counts and stay, the rest churn.
AddTest("skewed-keys", capacity: 5_000, calls: 110_000, getShare: 0.5, Skewed(MaxKey + 1));
