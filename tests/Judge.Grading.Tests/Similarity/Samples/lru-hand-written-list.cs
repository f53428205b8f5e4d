/// <summary>
/// Least-recently-used cache with O(1) operations: a hash map to nodes of a hand-written
/// doubly linked list with two sentinels, so no operation needs a null check at the ends.
/// </summary>
public class LRUCache
{
    private sealed class Node
    {
        public int Key;
        public int Value;
        public Node Prev;
        public Node Next;
    }

    private readonly int capacity;
    private readonly Dictionary<int, Node> nodes = new();
    private readonly Node head = new(); // most recent follows head
    private readonly Node tail = new(); // least recent precedes tail

    public LRUCache(int capacity)
    {
        this.capacity = capacity;
        head.Next = tail;
        tail.Prev = head;
    }

    public int Get(int key)
    {
        if (nodes.TryGetValue(key, out var node))
        {
            Unlink(node);
            InsertAfterHead(node);
            return node.Value;
        }
        return -1;
    }

    public void Put(int key, int value)
    {
        if (nodes.TryGetValue(key, out var node))
        {
            node.Value = value;
            Unlink(node);
            InsertAfterHead(node);
            return;
        }
        if (nodes.Count == capacity)
        {
            var victim = tail.Prev;
            Unlink(victim);
            nodes.Remove(victim.Key);
        }
        var fresh = new Node { Key = key, Value = value };
        nodes[key] = fresh;
        InsertAfterHead(fresh);
    }

    private static void Unlink(Node node)
    {
        node.Prev.Next = node.Next;
        node.Next.Prev = node.Prev;
    }

    private void InsertAfterHead(Node node)
    {
        node.Next = head.Next;
        node.Prev = head;
        head.Next.Prev = node;
        head.Next = node;
    }
}
