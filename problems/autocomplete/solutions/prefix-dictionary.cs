// Another accepted style: a dictionary from every prefix to its current top three. A word of length L has
// L + 1 prefixes (the empty one too), so an insertion does O(L) small updates and a query is one lookup.
public class Autocomplete
{
    private readonly Dictionary<string, int> counts = new();
    private readonly Dictionary<string, List<string>> best = new();

    public void Insert(string word, int frequency)
    {
        int count = counts.GetValueOrDefault(word) + frequency;
        counts[word] = count;
        for (int length = 0; length <= word.Length; length++)
        {
            string prefix = word.Substring(0, length);
            if (!best.TryGetValue(prefix, out var top))
            {
                best[prefix] = top = new List<string>(4);
            }
            top.Remove(word);
            int at = 0;
            while (at < top.Count && (counts[top[at]] > count || (counts[top[at]] == count && string.CompareOrdinal(top[at], word) < 0)))
            {
                at++;
            }
            if (at < 3)
            {
                top.Insert(at, word);
                if (top.Count > 3) top.RemoveAt(3);
            }
        }
    }

    public IList<string> Suggest(string prefix) =>
        best.TryGetValue(prefix, out var top) ? new List<string>(top) : new List<string>();
}
