// Wrong: updating an existing key changes its value but not its place in the recency order.
public class LRUCache
{
    private readonly int capacity;
    private readonly Dictionary<int, LinkedListNode<(int Key, int Value)>> map = new();
    private readonly LinkedList<(int Key, int Value)> order = new(); // most recently used first

    public LRUCache(int capacity)
    {
        this.capacity = capacity;
    }

    public int Get(int key)
    {
        if (!map.TryGetValue(key, out var node)) return -1;
        order.Remove(node);
        order.AddFirst(node);
        return node.Value.Value;
    }

    public void Put(int key, int value)
    {
        if (map.TryGetValue(key, out var node))
        {
            node.Value = (key, value);
            return;
        }
        if (map.Count == capacity)
        {
            map.Remove(order.Last!.Value.Key);
            order.RemoveLast();
        }
        map[key] = order.AddFirst((key, value));
    }
}
