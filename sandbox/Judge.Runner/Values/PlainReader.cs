using System.Collections;
using System.Text.Json;

namespace Judge.Runner.Values;

/// <summary>
/// Reads the judge's plain types (see <see cref="PlainTypes"/>) straight off a <see cref="Utf8JsonReader"/>, with
/// typed loops for arrays and lists of the common scalars. No serializer: System.Text.Json's serializer builds
/// generic metadata per type at first use, which cost every runner (a fresh process per submission) about 30 ms of
/// CPU; this code is precompiled, and a million-element array still reads without boxing.
/// </summary>
public static class PlainReader
{
    private static readonly JsonReaderOptions Options = new() { MaxDepth = 10_000 };

    private delegate T Scalar<T>(ref Utf8JsonReader reader);

    public static object? Read(ReadOnlySpan<byte> json, Type type)
    {
        var reader = new Utf8JsonReader(json, Options);
        Next(ref reader);
        var value = ReadValue(ref reader, type);
        return reader.Read() ? throw new InvalidOperationException("There is more after the value.") : value;
    }

    private static object? ReadValue(ref Utf8JsonReader reader, Type type)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return !type.IsValueType || Nullable.GetUnderlyingType(type) is not null
                ? null
                : throw new InvalidOperationException($"null given for a {type.Name}.");
        }
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type.IsArray)
        {
            return ReadSequence(ref reader, type.GetElementType()!, asArray: true);
        }
        return ListTypes.ElementTypeOf(type) is { } element
            ? ReadSequence(ref reader, element, asArray: false)
            : ReadScalar(ref reader, type);
    }

    /// <summary>An array, or a <c>List&lt;T&gt;</c> for any of the list interfaces.</summary>
    private static object ReadSequence(ref Utf8JsonReader reader, Type element, bool asArray)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new InvalidOperationException($"Expected an array, got {reader.TokenType}.");
        }
        return element switch
        {
            _ when element == typeof(int) => Typed(ref reader, static (ref r) => r.GetInt32(), asArray),
            _ when element == typeof(long) => Typed(ref reader, static (ref r) => r.GetInt64(), asArray),
            _ when element == typeof(double) => Typed(ref reader, ReadDouble, asArray),
            _ when element == typeof(bool) => Typed(ref reader, static (ref r) => r.GetBoolean(), asArray),
            _ when element == typeof(char) => Typed(ref reader, static (ref r) => SingleChar(r.GetString()), asArray),
            _ when element == typeof(string) => Typed(ref reader, static (ref r) => r.GetString(), asArray),
            _ => Boxed(ref reader, element, asArray),
        };
    }

    private static object Typed<T>(ref Utf8JsonReader reader, Scalar<T> read, bool asArray)
    {
        var items = new List<T>();
        while (Next(ref reader) != JsonTokenType.EndArray)
        {
            if (reader.TokenType == JsonTokenType.Null && default(T) is not null)
            {
                throw new InvalidOperationException($"null given for a {typeof(T).Name}.");
            }
            items.Add(reader.TokenType == JsonTokenType.Null ? default! : read(ref reader));
        }
        return asArray ? items.ToArray() : items;
    }

    /// <summary>Any other element type (nested arrays and lists, nullables, small integers): one boxed value at a time.</summary>
    private static object Boxed(ref Utf8JsonReader reader, Type element, bool asArray)
    {
        var items = new List<object?>();
        while (Next(ref reader) != JsonTokenType.EndArray)
        {
            items.Add(ReadValue(ref reader, element));
        }
        if (asArray)
        {
            var array = Array.CreateInstance(element, items.Count);
            for (var i = 0; i < items.Count; i++)
            {
                array.SetValue(items[i], i);
            }
            return array;
        }
        var list = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(element), items.Count)!;
        foreach (var item in items)
        {
            list.Add(item);
        }
        return list;
    }

    private static object ReadScalar(ref Utf8JsonReader reader, Type type) => type switch
    {
        _ when type == typeof(int) => reader.GetInt32(),
        _ when type == typeof(long) => reader.GetInt64(),
        _ when type == typeof(double) => ReadDouble(ref reader),
        _ when type == typeof(float) => (float)ReadDouble(ref reader),
        _ when type == typeof(decimal) => reader.GetDecimal(),
        _ when type == typeof(bool) => reader.GetBoolean(),
        _ when type == typeof(string) => reader.GetString()!,
        _ when type == typeof(char) => SingleChar(reader.GetString()),
        _ when type == typeof(short) => reader.GetInt16(),
        _ when type == typeof(byte) => reader.GetByte(),
        _ when type == typeof(uint) => reader.GetUInt32(),
        _ when type == typeof(ulong) => reader.GetUInt64(),
        _ => throw new NotSupportedException($"The judge cannot pass a {type.FullName}."),
    };

    /// <summary>A number, or the names JSON lacks for NaN and the infinities (as the judge writes them).</summary>
    private static double ReadDouble(ref Utf8JsonReader reader) =>
        reader.TokenType != JsonTokenType.String
            ? reader.GetDouble()
            : reader.GetString() switch
            {
                "NaN" => double.NaN,
                "Infinity" => double.PositiveInfinity,
                "-Infinity" => double.NegativeInfinity,
                var text => throw new InvalidOperationException($"\"{text}\" is not a number."),
            };

    /// <summary>A <c>char</c> is a one-character string in the judge's format.</summary>
    internal static char SingleChar(string? text) =>
        text is { Length: 1 } ? text[0] : throw new InvalidOperationException($"'{text}' is not a single character.");

    private static JsonTokenType Next(ref Utf8JsonReader reader) =>
        reader.Read() ? reader.TokenType : throw new InvalidOperationException("The value ends too soon.");
}
