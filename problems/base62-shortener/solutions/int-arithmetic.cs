// Wrong: decodes into an int, so every id past int.MaxValue wraps around (and the overflow checks are
// made against the wrong bound).
public class Codec
{
    private const string Alphabet = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

    public string Encode(long id)
    {
        if (id < 0) throw new ArgumentOutOfRangeException(nameof(id));
        var result = "";
        do
        {
            result = Alphabet[(int)(id % 62)] + result;
            id /= 62;
        } while (id > 0);
        return result;
    }

    public long Decode(string code)
    {
        if (code.Length == 0 || (code.Length > 1 && code[0] == '0') || code.Any(c => Alphabet.IndexOf(c) < 0))
            throw new FormatException();
        if (code.Length > 11) throw new OverflowException();
        int value = 0;
        foreach (var c in code)
        {
            value = value * 62 + Alphabet.IndexOf(c);
        }
        return value;
    }
}
