using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Judge.Runner.Values;

/// <summary>
/// Types System.Text.Json reads and writes exactly as the judge's format says (numbers, strings, chars as
/// one-character strings, booleans, nullables, and arrays and lists of them). For these the runner hands the
/// whole value to the serializer, which is many times faster than walking it element by element.
/// </summary>
public static class PlainTypes
{
    public static readonly JsonSerializerOptions Json = new()
    {
        // Generated serializers for the common shapes; reflection for the rest. A runner judges one submission,
        // so building a reflection serializer would cost each submission a few milliseconds of its run.
        TypeInfoResolver = JsonTypeInfoResolver.Combine(CommonPlainTypes.Default, new DefaultJsonTypeInfoResolver()),
        MaxDepth = 10_000,
        // NaN and infinities become strings, which no expected number equals (as in ValueWriter).
        NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowNamedFloatingPointLiterals,
        // Samples show outputs to people: keep accented letters and symbols readable.
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

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

/// <summary>The plain types exercises take and return most often, with generated serializers.</summary>
[JsonSerializable(typeof(int))]
[JsonSerializable(typeof(long))]
[JsonSerializable(typeof(double))]
[JsonSerializable(typeof(bool))]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(char))]
[JsonSerializable(typeof(int?))]
[JsonSerializable(typeof(char?))]
[JsonSerializable(typeof(int[]))]
[JsonSerializable(typeof(long[]))]
[JsonSerializable(typeof(double[]))]
[JsonSerializable(typeof(bool[]))]
[JsonSerializable(typeof(char[]))]
[JsonSerializable(typeof(string[]))]
[JsonSerializable(typeof(int[][]))]
[JsonSerializable(typeof(int[][][]))]
[JsonSerializable(typeof(char[][]))]
[JsonSerializable(typeof(string[][]))]
[JsonSerializable(typeof(IList<int>))]
[JsonSerializable(typeof(IList<long>))]
[JsonSerializable(typeof(IList<double>))]
[JsonSerializable(typeof(IList<bool>))]
[JsonSerializable(typeof(IList<char>))]
[JsonSerializable(typeof(IList<string>))]
[JsonSerializable(typeof(IList<int[]>))]
[JsonSerializable(typeof(IList<IList<int>>))]
[JsonSerializable(typeof(IList<IList<string>>))]
[JsonSerializable(typeof(List<int>))]
[JsonSerializable(typeof(List<string>))]
[JsonSerializable(typeof(List<IList<int>>))]
internal sealed partial class CommonPlainTypes : JsonSerializerContext;
