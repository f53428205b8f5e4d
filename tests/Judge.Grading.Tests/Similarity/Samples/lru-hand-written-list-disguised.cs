// My own LRU implementation.
public class LRUCache {
    private readonly Dictionary<int, Entry> lookup = new();
    private readonly Entry first = new();
    private readonly Entry last = new();
    private readonly int limit;

    #region helpers
    private void PushFront(Entry e) {
        e.Next = first.Next; e.Prev = first;
        first.Next.Prev = e; first.Next = e;
    }

    private static void Detach(Entry e) {
        e.Prev.Next = e.Next;
        e.Next.Prev = e.Prev;
    }
    #endregion

    public void Put(int k, int v) {
        if (lookup.TryGetValue(k, out var e)) {
            e.Value = v;
            Detach(e);
            PushFront(e);
            return;
        }
        if (lookup.Count == limit) {
            var evicted = last.Prev;
            Detach(evicted);
            lookup.Remove(evicted.Key);
        }
        var created = new Entry { Key = k, Value = v };
        lookup[k] = created;
        PushFront(created);
    }

    public int Get(int k) {
        if (lookup.TryGetValue(k, out var e)) {
            Detach(e); PushFront(e);
            return e.Value;
        }
        return -1; /* not found */
    }

    public LRUCache(int size) {
        limit = size;
        first.Next = last;
        last.Prev = first;
    }

    class Entry {
        public int Key;
        public int Value;
        public Entry Prev;
        public Entry Next;
    }
}
