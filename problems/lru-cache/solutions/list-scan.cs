// Too slow: finding a key scans the list and moving it shifts the list, O(capacity) per operation.
public class LRUCache
{
    private readonly int capacity;
    private readonly List<(int Key, int Value)> entries = new(); // least recently used first

    public LRUCache(int capacity)
    {
        this.capacity = capacity;
    }

    public int Get(int key)
    {
        var index = entries.FindIndex(e => e.Key == key);
        if (index < 0) return -1;
        var entry = entries[index];
        entries.RemoveAt(index);
        entries.Add(entry);
        return entry.Value;
    }

    public void Put(int key, int value)
    {
        var index = entries.FindIndex(e => e.Key == key);
        if (index >= 0)
        {
            entries.RemoveAt(index);
        }
        else if (entries.Count == capacity)
        {
            entries.RemoveAt(0);
        }
        entries.Add((key, value));
    }
}
