// Too slow: keeps the words in a list and scans all of them on every query, O(number of words) per call.
public class Trie
{
    private readonly List<string> words = new();

    public Trie()
    {
    }

    public void Insert(string word) => words.Add(word);

    public bool Search(string word) => words.Contains(word);

    public bool StartsWith(string prefix)
    {
        foreach (var word in words)
        {
            if (word.StartsWith(prefix))
            {
                return true;
            }
        }
        return false;
    }
}
