public class Autocomplete
{
    public Autocomplete()
    {
        
    }

    public void Insert(string word, int frequency)
    {
        
    }

    public IList<string> Suggest(string prefix)
    {
        
    }
}
