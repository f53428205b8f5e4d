// Wrong: uses the ASCII order 0-9, A-Z, a-z, a different (though self-consistent) alphabet from the one stated.
public class Codec
{
    private const string Alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

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
        foreach (var c in code) value = checked(value * 62 + Alphabet.IndexOf(c));
        return value;
    }
}
