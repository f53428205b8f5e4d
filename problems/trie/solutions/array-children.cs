public class Trie
{
    private sealed class Node
    {
        public readonly Node[] Children = new Node[26];
        public bool IsWord;
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
            node = node.Children[c - 'a'] ??= new Node();
        }
        node.IsWord = true;
    }

    public bool Search(string word) => Find(word) is { IsWord: true };

    public bool StartsWith(string prefix) => Find(prefix) is not null;

    private Node Find(string key)
    {
        var node = root;
        foreach (var c in key)
        {
            node = node.Children[c - 'a'];
            if (node is null)
            {
                return null;
            }
        }
        return node;
    }
}
