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

    /// <summary>
    /// Each type decided once, as plain or not: two sets rather than a <c>Dictionary&lt;Type, bool&gt;</c>, a generic
    /// instantiation of its own that each runner would load beside the sets' <c>HashSet&lt;Type&gt;</c>.
    /// </summary>
    private static readonly HashSet<Type> KnownPlain = [];
    private static readonly HashSet<Type> KnownNotPlain = [];

    public static bool IsPlain(Type type)
    {
        lock (KnownPlain)
        {
            if (KnownPlain.Contains(type))
            {
                return true;
            }
            if (KnownNotPlain.Contains(type))
            {
                return false;
            }
            var plain = Decide(type);
            (plain ? KnownPlain : KnownNotPlain).Add(type);
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
