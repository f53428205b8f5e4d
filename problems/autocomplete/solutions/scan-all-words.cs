// Too slow: every suggestion scans all the words, O(total words) per query.
public class Autocomplete
{
    private readonly Dictionary<string, int> counts = new();

    public void Insert(string word, int frequency)
    {
        counts[word] = counts.GetValueOrDefault(word) + frequency;
    }

    public IList<string> Suggest(string prefix)
    {
        return counts
            .Where(p => p.Key.StartsWith(prefix, StringComparison.Ordinal))
            .OrderByDescending(p => p.Value)
            .ThenBy(p => p.Key, StringComparer.Ordinal)
            .Take(3)
            .Select(p => p.Key)
            .ToList();
    }
}
