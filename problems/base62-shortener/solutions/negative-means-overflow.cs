// Wrong: lets the arithmetic wrap and calls a negative result an overflow, but a value far past long.MaxValue
// can wrap around to a positive number (e.g. "400000000000").
public class Codec
{
    private const string Alphabet = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

    public string Encode(long id)
    {
        if (id < 0) throw new ArgumentOutOfRangeException(nameof(id));
        var sb = new StringBuilder();
        do
        {
            sb.Insert(0, Alphabet[(int)(id % 62)]);
            id /= 62;
        } while (id > 0);
        return sb.ToString();
    }

    public long Decode(string code)
    {
        if (code.Length == 0 || (code.Length > 1 && code[0] == '0') || code.Any(c => Alphabet.IndexOf(c) < 0))
            throw new FormatException();
        long value = 0;
        foreach (var c in code) value = unchecked(value * 62 + Alphabet.IndexOf(c));
        if (value < 0) throw new OverflowException();
        return value;
    }
}
