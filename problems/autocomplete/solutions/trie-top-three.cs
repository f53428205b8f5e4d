// A trie whose every node keeps the (at most) three best words below it. Counts only grow, so a word can
// only climb: an insertion re-ranks it in the nodes on its own path and nothing else. O(L) per call.
public class Autocomplete
{
    private sealed class Node
    {
        public readonly Node[] Children = new Node[26];
        public readonly List<Node> Top = new(4); // word-ending nodes, best first
        public string Word;                      // set when a word ends here
        public int Count;
    }

    private readonly Node root = new();

    public void Insert(string word, int frequency)
    {
        var end = root;
        foreach (var c in word)
        {
            end = end.Children[c - 'a'] ??= new Node();
        }
        end.Word = word;
        end.Count += frequency;

        var node = root;
        Promote(node.Top, end);
        foreach (var c in word)
        {
            node = node.Children[c - 'a'];
            Promote(node.Top, end);
        }
    }

    public IList<string> Suggest(string prefix)
    {
        var node = root;
        foreach (var c in prefix)
        {
            node = node.Children[c - 'a'];
            if (node is null) return new List<string>();
        }
        return node.Top.Select(n => n.Word).ToList();
    }

    private static bool Before(Node a, Node b) =>
        a.Count != b.Count ? a.Count > b.Count : string.CompareOrdinal(a.Word, b.Word) < 0;

    // Moves `word` up to its place in `top` (adding it if absent), keeping at most three entries.
    private static void Promote(List<Node> top, Node word)
    {
        var i = top.IndexOf(word);
        if (i < 0)
        {
            top.Add(word);
            i = top.Count - 1;
        }
        while (i > 0 && Before(top[i], top[i - 1]))
        {
            (top[i], top[i - 1]) = (top[i - 1], top[i]);
            i--;
        }
        if (top.Count > 3)
        {
            top.RemoveAt(3);
        }
    }
}
