public class Codec
{
    private const string Alphabet = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static readonly int[] DigitOf = BuildDigitTable();

    public string Encode(long id)
    {
        if (id < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(id), id, "Ids are non-negative.");
        }
        Span<char> buffer = stackalloc char[11];
        var start = buffer.Length;
        do
        {
            buffer[--start] = Alphabet[(int)(id % 62)];
            id /= 62;
        } while (id > 0);
        return new string(buffer[start..]);
    }

    public long Decode(string code)
    {
        if (code.Length == 0 || (code.Length > 1 && code[0] == '0'))
        {
            throw new FormatException($"'{code}' is not a canonical code.");
        }
        foreach (var c in code)
        {
            if (c >= DigitOf.Length || DigitOf[c] < 0)
            {
                throw new FormatException($"'{c}' is not a base-62 digit.");
            }
        }
        long value = 0;
        foreach (var c in code)
        {
            value = checked(value * 62 + DigitOf[c]); // OverflowException past long.MaxValue
        }
        return value;
    }

    private static int[] BuildDigitTable()
    {
        var table = new int[128];
        Array.Fill(table, -1);
        for (var i = 0; i < Alphabet.Length; i++)
        {
            table[Alphabet[i]] = i;
        }
        return table;
    }
}
