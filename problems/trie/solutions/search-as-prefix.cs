// Wrong: Search only checks that the path exists, so a prefix of an inserted word counts as a word.
public class Trie
{
    private sealed class Node
    {
        public readonly Dictionary<char, Node> Children = new();
    }

    private readonly Node root = new();

    public Trie()
    {
    }

    public void Insert(string word)
    {
        var node = root;
        foreach (var c in word)
        {
            if (!node.Children.TryGetValue(c, out var child))
            {
                child = new Node();
                node.Children[c] = child;
            }
            node = child;
        }
    }

    public bool Search(string word) => Walk(word);

    public bool StartsWith(string prefix) => Walk(prefix);

    private bool Walk(string key)
    {
        var node = root;
        foreach (var c in key)
        {
            if (!node.Children.TryGetValue(c, out node))
            {
                return false;
            }
        }
        return true;
    }
}
