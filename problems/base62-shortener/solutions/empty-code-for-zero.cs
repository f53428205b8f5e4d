// Wrong: the loop runs while id > 0, so Encode(0) returns "" instead of "0".
public class Codec
{
    private const string Alphabet = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

    public string Encode(long id)
    {
        if (id < 0) throw new ArgumentOutOfRangeException(nameof(id));
        var sb = new StringBuilder();
        while (id > 0)
        {
            sb.Insert(0, Alphabet[(int)(id % 62)]);
            id /= 62;
        }
        return sb.ToString();
    }

    public long Decode(string code)
    {
        if (code.Length == 0 || (code.Length > 1 && code[0] == '0') || code.Any(c => Alphabet.IndexOf(c) < 0))
            throw new FormatException();
        long value = 0;
        foreach (var c in code) value = checked(value * 62 + Alphabet.IndexOf(c));
        return value;
    }
}
