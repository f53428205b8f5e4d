// Long arrays for the O(n) requirement. Runs once in the host with a fixed seed.
// Characters travel as one-character JSON strings; the expected output is the reversed array.

string[] RandomChars(int length, string alphabet)
{
    var chars = new string[length];
    for (var i = 0; i < length; i++)
    {
        chars[i] = alphabet[Random.Next(alphabet.Length)].ToString();
    }
    return chars;
}

void AddReversal(string name, string[] chars) =>
    Add(name, new object[] { chars }, chars.Reverse().ToArray());

const string letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

// Prepending to a string costs about n^2 / 2 character copies: 4.5e10 here (about 90 GB of memory traffic).
// Not longer: the judge reads and checks the array element by element outside the timed call, and that
// work counts against its watchdog (time limit + 1 s).
AddReversal("long-letters", RandomChars(300_000, letters));
AddReversal("long-odd-length", RandomChars(150_001, letters + " .,!?"));
