// Large inputs for the O(n) requirement. Runs once in the host with a fixed seed.
string Palindrome(int half, bool breakIt)
{
    var chars = new char[half * 2 + 1];
    const string alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 ,.";
    for (var i = 0; i < half; i++)
    {
        var c = alphabet[Random.Next(alphabet.Length)];
        chars[i] = c;
        chars[chars.Length - 1 - i] = char.IsLetter(c) && Random.Next(2) == 0 ? char.ToUpperInvariant(c) : c;
    }
    chars[half] = 'x';
    if (breakIt)
    {
        chars[half + 1] = chars[half - 1] == 'q' ? 'r' : 'q';
    }
    return new string(chars);
}

Add("long-palindrome", new object[] { Palindrome(450_000, breakIt: false) }, true);
Add("long-near-palindrome", new object[] { Palindrome(450_000, breakIt: true) }, false);
