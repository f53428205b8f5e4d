// Too slow: each entry remembers its use count and last use time, and an eviction scans every entry for
// the smallest (count, time): O(capacity) per eviction.
public class LFUCache
{
    private readonly int capacity;
    private readonly Dictionary<int, (int Value, int Uses, long Time)> entries = new();
    private long clock;

    public LFUCache(int capacity)
    {
        this.capacity = capacity;
    }

    public int Get(int key)
    {
        if (!entries.TryGetValue(key, out var e)) return -1;
        entries[key] = (e.Value, e.Uses + 1, ++clock);
        return e.Value;
    }

    public void Put(int key, int value)
    {
        if (capacity == 0) return;
        if (entries.TryGetValue(key, out var e))
        {
            entries[key] = (value, e.Uses + 1, ++clock);
            return;
        }
        if (entries.Count == capacity)
        {
            int victim = -1;
            (int Uses, long Time) best = (int.MaxValue, long.MaxValue);
            foreach (var (k, entry) in entries)
            {
                if (entry.Uses < best.Uses || (entry.Uses == best.Uses && entry.Time < best.Time))
                {
                    best = (entry.Uses, entry.Time);
                    victim = k;
                }
            }
            entries.Remove(victim);
        }
        entries[key] = (value, 1, ++clock);
    }
}
