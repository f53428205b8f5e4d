// Long strings for the O(n) requirement. Runs once in the host with a fixed seed.
// The expected output is a one-character string, or null when every character repeats.

object FirstUnique(string s)
{
    var counts = new int[char.MaxValue + 1];
    foreach (var c in s)
    {
        counts[c]++;
    }
    foreach (var c in s)
    {
        if (counts[c] == 1)
        {
            return c.ToString();
        }
    }
    return null;
}

void Shuffle(char[] chars)
{
    for (var i = chars.Length - 1; i > 0; i--)
    {
        var j = Random.Next(i + 1);
        (chars[i], chars[j]) = (chars[j], chars[i]);
    }
}

void AddString(string name, string s) => Add(name, new object[] { s }, FirstUnique(s));

// 1. 2000 distinct characters (U+0100 to U+08CF), each 125 times in shuffled rounds, then one unique 'Z' at
//    the end. Counting each character with a scan of the whole string costs 250001^2 = 6e10 comparisons.
//    (IndexOf(c) == LastIndexOf(c) per position scans about 2000 characters each time, 5e8 in all: it is
//    O(n * distinct characters) and passes, as it would with a smaller alphabet.)
{
    const int alphabet = 2_000;
    var round = new char[alphabet];
    for (var i = 0; i < alphabet; i++)
    {
        round[i] = (char)(0x0100 + i);
    }
    var text = new StringBuilder();
    for (var r = 0; r < 125; r++)
    {
        Shuffle(round);
        text.Append(round);
    }
    AddString("non-ascii-unique-last", text.Append('Z').ToString());
}

// 2. One million printable ASCII characters, none of them unique.
{
    var chars = new char[1_000_000];
    for (var i = 0; i < chars.Length; i++)
    {
        chars[i] = (char)Random.Next(' ', '~' + 1);
    }
    AddString("ascii-all-repeat", new string(chars));
}
