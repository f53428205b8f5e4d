// Long interleaved sequences for the O(L)-per-call requirement. Runs once in the host with a fixed seed.
// Expected results come from a different structure than the references use: for every prefix, an ordered set
// of all the words below it, ordered by count (descending) then by ordinal order.
var byRank = Comparer<(int Count, string Word)>.Create((a, b) =>
    a.Count != b.Count ? b.Count.CompareTo(a.Count) : string.CompareOrdinal(a.Word, b.Word));

string RandomWord(string alphabet, int minLength, int maxLength)
{
    var chars = new char[Random.Next(minLength, maxLength + 1)];
    for (var i = 0; i < chars.Length; i++)
    {
        chars[i] = alphabet[Random.Next(alphabet.Length)];
    }
    return new string(chars);
}

// First `warmup` insertions that go through the vocabulary (in random order) (with a few queries), then `calls` interleaved calls, `insertShare`
// of them insertions of often-repeated words (so the best words keep changing), the rest Suggest. A query's
// prefix is a prefix of 0 to maxPrefix letters of an inserted word, or a random string that may match nothing.
void AddSequence(string name, int distinctWords, string alphabet, int warmup, int calls, double insertShare, int maxPrefix)
{
    var vocabulary = new HashSet<string>();
    while (vocabulary.Count < distinctWords)
    {
        vocabulary.Add(RandomWord(alphabet, 3, 8));
    }
    var words = vocabulary.ToArray();
    var counts = new Dictionary<string, int>();
    var sets = new Dictionary<string, SortedSet<(int Count, string Word)>>();
    var inserted = new List<string>();
    var ops = new List<string> { "Autocomplete" };
    var args = new List<object[]> { Array.Empty<object>() };
    var expected = new List<object?> { null };

    void Insert(string word)
    {
        var frequency = Random.Next(1, 1001);
        var old = counts.GetValueOrDefault(word);
        if (old == 0)
        {
            inserted.Add(word);
        }
        counts[word] = old + frequency;
        for (var length = 0; length <= word.Length; length++)
        {
            var prefix = word.Substring(0, length);
            if (!sets.TryGetValue(prefix, out var set))
            {
                sets[prefix] = set = new SortedSet<(int Count, string Word)>(byRank);
            }
            set.Remove((old, word));
            set.Add((old + frequency, word));
        }
        ops.Add("Insert");
        args.Add(new object[] { word, frequency });
        expected.Add(null);
    }

    void Suggest()
    {
        string prefix;
        if (inserted.Count > 0 && Random.Next(10) != 0)
        {
            var word = inserted[Random.Next(inserted.Count)];
            prefix = word.Substring(0, Math.Min(word.Length, Random.Next(maxPrefix + 1)));
        }
        else
        {
            prefix = RandomWord("abcdefghijklmnopqrstuvwxyz", 0, 3);
        }
        ops.Add("Suggest");
        args.Add(new object[] { prefix });
        expected.Add(sets.TryGetValue(prefix, out var set) ? set.Take(3).Select(e => e.Word).ToList() : new List<string>());
    }

    for (var i = 0; i < warmup; i++)
    {
        Insert(words[i % words.Length]);
        if (Random.Next(10) == 0)
        {
            Suggest();
        }
    }
    for (var i = 0; i < calls; i++)
    {
        if (Random.NextDouble() < insertShare)
        {
            // Skewed choice: a few words are inserted very often, most rarely.
            Insert(words[(int)(words.Length * Math.Pow(Random.NextDouble(), 3))]);
        }
        else
        {
            Suggest();
        }
    }
    Add(name, new { ops, args }, expected);
}

// 1. A medium sequence over a tiny alphabet: many shared prefixes and ties.
AddSequence("medium-tiny-alphabet", distinctWords: 2_000, alphabet: "abcd", warmup: 2_000, calls: 8_000, insertShare: 0.3, maxPrefix: 3);

// 2. Short prefixes over a small alphabet: each query's prefix covers thousands of words.
AddSequence("short-prefixes", distinctWords: 20_000, alphabet: "abcdefgh", warmup: 20_000, calls: 60_000, insertShare: 0.05, maxPrefix: 2);

// 3. Prefixes of any length over the full alphabet.
AddSequence("mixed-prefixes", distinctWords: 20_000, alphabet: "abcdefghijklmnopqrstuvwxyz", warmup: 20_000, calls: 60_000, insertShare: 0.05, maxPrefix: 8);
