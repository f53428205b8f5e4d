// Wrong: decodes with Math.Pow, whose doubles carry only 53 bits, so large ids come back off by a few units
// (and long.MaxValue's own code "overflows").
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
        double total = 0;
        for (var i = 0; i < code.Length; i++)
        {
            total += Alphabet.IndexOf(code[code.Length - 1 - i]) * Math.Pow(62, i);
        }
        if (total >= 9223372036854775807d) throw new OverflowException();
        return (long)total;
    }
}
