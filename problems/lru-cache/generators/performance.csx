// Long operation sequences (110 000 calls each) for the O(1)-per-operation requirement. Runs once in the
// host with a fixed seed. Expected results come from a reference LRU (dictionary + linked list in recency order).
const int MaxKey = 100_000;

List<object?> Simulate(int capacity, List<string> ops, List<int[]> args)
{
    var results = new List<object?> { null };
    var order = new LinkedList<(int Key, int Value)>(); // most recently used first
    var nodes = new Dictionary<int, LinkedListNode<(int Key, int Value)>>();
    for (var i = 1; i < ops.Count; i++)
    {
        var key = args[i][0];
        if (ops[i] == "Get")
        {
            if (nodes.TryGetValue(key, out var node))
            {
                order.Remove(node);
                order.AddFirst(node);
                results.Add(node.Value.Value);
            }
            else
            {
                results.Add(-1);
            }
            continue;
        }
        if (nodes.TryGetValue(key, out var existing))
        {
            order.Remove(existing);
        }
        else if (nodes.Count == capacity)
        {
            nodes.Remove(order.Last!.Value.Key);
            order.RemoveLast();
        }
        nodes[key] = order.AddFirst((key, args[i][1]));
        results.Add(null);
    }
    return results;
}

void AddTest(string name, int capacity, List<string> ops, List<int[]> args) =>
    Add(name, new { ops, args }, Simulate(capacity, ops, args));

// A large cache: 60 000 puts of distinct keys, then 50 000 gets, half of them for absent keys.
{
    const int capacity = 100_000;
    var ops = new List<string> { "LRUCache" };
    var args = new List<int[]> { new[] { capacity } };
    var keys = Enumerable.Range(0, MaxKey + 1).OrderBy(_ => Random.Next()).ToList();
    var present = keys.Take(60_000).ToList();
    var absent = keys.Skip(60_000).ToList();
    foreach (var key in present)
    {
        ops.Add("Put");
        args.Add(new[] { key, Random.Next(1_000_000) });
    }
    for (var i = 0; i < 50_000; i++)
    {
        var pool = Random.Next(2) == 0 ? present : absent;
        ops.Add("Get");
        args.Add(new[] { pool[Random.Next(pool.Count)] });
    }
    AddTest("fill-then-query", capacity, ops, args);
}

// A full cache of 50 000 keys, then 60 000 random gets and puts that keep evicting.
{
    const int capacity = 50_000;
    var ops = new List<string> { "LRUCache" };
    var args = new List<int[]> { new[] { capacity } };
    foreach (var key in Enumerable.Range(0, MaxKey + 1).OrderBy(_ => Random.Next()).Take(capacity))
    {
        ops.Add("Put");
        args.Add(new[] { key, Random.Next(1_000_000) });
    }
    for (var i = 0; i < 60_000; i++)
    {
        var key = Random.Next(MaxKey + 1);
        if (Random.Next(2) == 0)
        {
            ops.Add("Get");
            args.Add(new[] { key });
        }
        else
        {
            ops.Add("Put");
            args.Add(new[] { key, Random.Next(1_000_000) });
        }
    }
    AddTest("full-cache-evictions", capacity, ops, args);
}
