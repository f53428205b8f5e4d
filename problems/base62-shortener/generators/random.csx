// Many random ids and codes, spread over every length from 1 to 11 digits (ids are drawn by bit length, so huge
// and tiny ids are equally common). Runs once in the host with a fixed seed; expected results come from the
// textbook algorithm with checked arithmetic.
const string Alphabet = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

string Encode(long id)
{
    var digits = new StringBuilder();
    do
    {
        digits.Insert(0, Alphabet[(int)(id % 62)]);
        id /= 62;
    } while (id > 0);
    return digits.ToString();
}

object Decode(string code)
{
    if (code.Length == 0 || code.Any(c => Alphabet.IndexOf(c) < 0) || (code.Length > 1 && code[0] == '0'))
    {
        return new Dictionary<string, string> { ["throws"] = "FormatException" };
    }
    try
    {
        long value = 0;
        foreach (var c in code)
        {
            value = checked(value * 62 + Alphabet.IndexOf(c));
        }
        return value;
    }
    catch (OverflowException)
    {
        return new Dictionary<string, string> { ["throws"] = "OverflowException" };
    }
}

long RandomId()
{
    var bits = Random.Next(0, 64);
    return bits == 0 ? 0 : Random.NextInt64(1L << (bits - 1), bits == 63 ? long.MaxValue : 1L << bits);
}

void AddTest(string name, int calls, Func<(string Op, object Arg, object? Result)> next)
{
    var ops = new List<string> { "Codec" };
    var args = new List<object[]> { Array.Empty<object>() };
    var expected = new List<object?> { null };
    while (ops.Count < calls)
    {
        var (op, arg, result) = next();
        ops.Add(op);
        args.Add(new[] { arg });
        expected.Add(result);
    }
    Add(name, new { ops, args }, expected);
}

AddTest("random-encodes", 20_000, () => { var id = RandomId(); return ("Encode", id, Encode(id)); });
AddTest("random-decodes", 20_000, () => { var code = Encode(RandomId()); return ("Decode", code, Decode(code)); });

// Encode then decode the same id: a round trip must give the id back.
var pending = new Queue<string>();
AddTest("round-trips", 20_000, () =>
{
    if (pending.Count > 0)
    {
        var code = pending.Dequeue();
        return ("Decode", code, Decode(code));
    }
    var id = RandomId();
    pending.Enqueue(Encode(id));
    return ("Encode", id, Encode(id));
});

// Random strings of 1 to 12 characters: mostly well-formed ids, about one in eight past long.MaxValue or with
// a leading zero (exceptions are slow in .NET, so they are kept a minority).
AddTest("random-codes", 20_000, () =>
{
    var length = Random.Next(8) == 0 ? Random.Next(11, 13) : Random.Next(1, 11);
    var chars = new char[length];
    for (var i = 0; i < length; i++)
    {
        chars[i] = Alphabet[Random.Next(i == 0 && Random.Next(16) > 0 ? 1 : 0, 62)];
    }
    var code = new string(chars);
    return ("Decode", code, Decode(code));
});
