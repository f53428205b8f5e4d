// O(1) per operation: a map from key to its node, and for every use count a linked list of the keys with
// that count, least recently used first. The smallest count in use is tracked; it only ever drops back to 1.
public class LFUCache
{
    private sealed class Entry
    {
        public int Key;
        public int Value;
        public int Uses;
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
            var victims = byUses[minUses];
            var victim = victims.First!;
            victims.RemoveFirst();
            if (victims.Count == 0) byUses.Remove(minUses);
            nodes.Remove(victim.Value.Key);
        }
        var entry = new Entry { Key = key, Value = value, Uses = 1 };
        nodes[key] = ListFor(1).AddLast(entry);
        minUses = 1;
    }

    // One more use: move the key from its count's list to the end of the next count's list.
    private void Touch(LinkedListNode<Entry> node)
    {
        var entry = node.Value;
        var list = byUses[entry.Uses];
        list.Remove(node);
        if (list.Count == 0)
        {
            byUses.Remove(entry.Uses);
            if (minUses == entry.Uses) minUses++;
        }
        entry.Uses++;
        ListFor(entry.Uses).AddLast(node);
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
