// Too slow: a trie finds the prefix's node fast, but then every word below it is visited to pick the best
// three. Short prefixes cover most of the words, so a query costs O(words under the prefix).
public class Autocomplete
{
    private sealed class Node
    {
        public readonly Node[] Children = new Node[26];
        public string Word;
        public int Count;
    }

    private readonly Node root = new();

    public void Insert(string word, int frequency)
    {
        var node = root;
        foreach (var c in word)
        {
            node = node.Children[c - 'a'] ??= new Node();
        }
        node.Word = word;
        node.Count += frequency;
    }

    public IList<string> Suggest(string prefix)
    {
        var node = root;
        foreach (var c in prefix)
        {
            node = node.Children[c - 'a'];
            if (node is null) return new List<string>();
        }
        var best = new List<Node>();
        var stack = new Stack<Node>();
        stack.Push(node);
        while (stack.Count > 0)
        {
            var current = stack.Pop();
            if (current.Word is not null)
            {
                best.Add(current);
                best.Sort((a, b) => a.Count != b.Count ? b.Count - a.Count : string.CompareOrdinal(a.Word, b.Word));
                if (best.Count > 3) best.RemoveAt(3);
            }
            for (int i = 25; i >= 0; i--)
            {
                if (current.Children[i] is { } child) stack.Push(child);
            }
        }
        return best.Select(n => n.Word).ToList();
    }
}
