// Wrong: keys with the same use count are kept most recently used first (AddFirst), but the victim is
// still taken from the front, so among ties the MOST recently used key is evicted.
public class LFUCache
{
    private sealed class Entry
    {
        public int Key, Value, Uses;
    }

    private readonly int capacity;
    private readonly Dictionary<int, LinkedListNode<Entry>> nodes = new();
    private readonly Dictionary<int, LinkedList<Entry>> byUses = new();
    private int minUses;

    public LFUCache(int capacity)
    {
        this.capacity = capacity;
    }

    public int Get(int key)
    {
        if (!nodes.TryGetValue(key, out var node)) return -1;
        Touch(node);
        return node.Value.Value;
    }

    public void Put(int key, int value)
    {
        if (capacity == 0) return;
        if (nodes.TryGetValue(key, out var node))
        {
            node.Value.Value = value;
            Touch(node);
            return;
        }
        if (nodes.Count == capacity)
        {
            var list = byUses[minUses];
            nodes.Remove(list.First!.Value.Key);
            list.RemoveFirst();
        }
        var entry = new Entry { Key = key, Value = value, Uses = 1 };
        nodes[key] = ListFor(1).AddFirst(entry);
        minUses = 1;
    }

    private void Touch(LinkedListNode<Entry> node)
    {
        var list = byUses[node.Value.Uses];
        list.Remove(node);
        if (list.Count == 0 && minUses == node.Value.Uses) minUses++;
        node.Value.Uses++;
        ListFor(node.Value.Uses).AddFirst(node);
    }

    private LinkedList<Entry> ListFor(int uses)
    {
        if (!byUses.TryGetValue(uses, out var list))
        {
            byUses[uses] = list = new LinkedList<Entry>();
        }
        return list;
    }
}
