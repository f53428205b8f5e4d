// Wrong: when a word that is already in a node's top three is inserted again, it is added a second time
// instead of being moved, so the same word can be suggested twice (and push out a real third word).
public class Autocomplete
{
    private sealed class Node
    {
        public readonly Dictionary<char, Node> Children = new();
        public readonly List<string> Top = new();
    }

    private readonly Node root = new();
    private readonly Dictionary<string, int> counts = new();

    public void Insert(string word, int frequency)
    {
        counts[word] = counts.GetValueOrDefault(word) + frequency;
        var node = root;
        Update(node, word);
        foreach (var c in word)
        {
            if (!node.Children.TryGetValue(c, out var child))
            {
                child = new Node();
                node.Children[c] = child;
            }
            node = child;
            Update(node, word);
        }
    }

    public IList<string> Suggest(string prefix)
    {
        var node = root;
        foreach (var c in prefix)
        {
            if (!node.Children.TryGetValue(c, out node)) return new List<string>();
        }
        return node.Top.ToList();
    }

    private void Update(Node node, string word)
    {
        node.Top.Add(word);
        node.Top.Sort((a, b) => counts[a] != counts[b] ? counts[b] - counts[a] : string.CompareOrdinal(a, b));
        if (node.Top.Count > 3) node.Top.RemoveAt(node.Top.Count - 1);
    }
}
