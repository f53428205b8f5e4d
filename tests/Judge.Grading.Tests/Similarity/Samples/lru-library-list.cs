// LRU cache on the library's LinkedList: the list keeps recency (front = newest), the dictionary finds nodes.
public class LRUCache
{
    private readonly int capacity;
    private readonly Dictionary<int, LinkedListNode<KeyValuePair<int, int>>> index;
    private readonly LinkedList<KeyValuePair<int, int>> recency = new();

    public LRUCache(int capacity)
    {
        if (capacity <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(capacity));
        }
        this.capacity = capacity;
        index = new Dictionary<int, LinkedListNode<KeyValuePair<int, int>>>(capacity);
    }

    public int Get(int key)
    {
        if (!index.TryGetValue(key, out var node))
        {
            return -1;
        }
        Touch(node);
        return node.Value.Value;
    }

    public void Put(int key, int value)
    {
        if (index.TryGetValue(key, out var existing))
        {
            existing.Value = new KeyValuePair<int, int>(key, value);
            Touch(existing);
            return;
        }
        if (index.Count >= capacity)
        {
            var oldest = recency.Last!;
            recency.RemoveLast();
            index.Remove(oldest.Value.Key);
        }
        index[key] = recency.AddFirst(new KeyValuePair<int, int>(key, value));
    }

    private void Touch(LinkedListNode<KeyValuePair<int, int>> node)
    {
        if (node != recency.First)
        {
            recency.Remove(node);
            recency.AddFirst(node);
        }
    }
}
