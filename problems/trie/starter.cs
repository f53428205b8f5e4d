public class Trie
{
    public Trie()
    {
        
    }

    public void Insert(string word)
    {
        
    }

    public bool Search(string word)
    {
        
    }

    public bool StartsWith(string prefix)
    {
        
    }
}
