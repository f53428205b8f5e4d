public class LRUCache
{
    private readonly int capacity;
    private readonly Dictionary<int, LinkedListNode<(int Key, int Value)>> map;
    private readonly LinkedList<(int Key, int Value)> order = new(); // most recently used first

    public LRUCache(int capacity)
    {
        this.capacity = capacity;
        map = new Dictionary<int, LinkedListNode<(int Key, int Value)>>(capacity);
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
            order.Remove(node);
        }
        else if (map.Count == capacity)
        {
            // Evict the least recently used key and reuse its node.
            node = order.Last!;
            order.RemoveLast();
            map.Remove(node.Value.Key);
        }
        else
        {
            node = new LinkedListNode<(int Key, int Value)>((key, value));
        }
        node.Value = (key, value);
        order.AddFirst(node);
        map[key] = node;
    }
}
