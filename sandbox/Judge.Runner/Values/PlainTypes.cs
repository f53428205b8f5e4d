namespace Judge.Runner.Values;

/// <summary>
/// The types the judge reads and writes exactly as its format says, without walking a document: numbers, strings,
/// chars as one-character strings, booleans, nullables, and arrays and lists of them (<see cref="PlainReader"/>).
/// </summary>
public static class PlainTypes
{
    private static readonly HashSet<Type> Scalars =
    [
        typeof(int), typeof(long), typeof(short), typeof(byte), typeof(double), typeof(float), typeof(decimal),
        typeof(bool), typeof(string), typeof(char), typeof(uint), typeof(ulong),
    ];

    private static readonly Dictionary<Type, bool> Known = [];

    public static bool IsPlain(Type type)
    {
        lock (Known)
        {
            if (!Known.TryGetValue(type, out var plain))
            {
                Known[type] = plain = Decide(type);
            }
            return plain;
        }
    }

    private static bool Decide(Type type)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        if (Scalars.Contains(underlying))
        {
            return true;
        }
        if (type.IsArray)
        {
            return type.GetArrayRank() == 1 && IsPlain(type.GetElementType()!);
        }
        return ListTypes.ElementTypeOf(type) is { } element && IsPlain(element);
    }
}
