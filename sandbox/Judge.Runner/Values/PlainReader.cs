using System.Collections;
using Judge.Runner.Json;

namespace Judge.Runner.Values;

/// <summary>
/// Reads the judge's plain types (see <see cref="PlainTypes"/>) straight off a <see cref="JsonCursor"/>, with typed
/// loops for arrays and lists of the common scalars, so a million-element array reads without boxing.
/// </summary>
public static class PlainReader
{
    /// <summary>Reads the whole of <paramref name="json"/> with <paramref name="cursor"/>, reopened on it: a reader's one cursor serves all its plain values.</summary>
    public static object? Read(JsonSlice json, Type type, JsonCursor cursor)
    {
        cursor.Reopen(json, JsonSlice.TypedDepth);
        var value = ReadValue(cursor, type);
        cursor.ExpectEnd();
        return value;
    }

    /// <summary>Reads the value whose first token the cursor is on, and leaves the cursor on its last.</summary>
    public static object? ReadValue(JsonCursor cursor, Type type)
    {
        if (cursor.Token == JsonToken.Null)
        {
            return !type.IsValueType || Nullable.GetUnderlyingType(type) is not null
                ? null
                : throw new InvalidOperationException($"null given for a {type.Name}.");
        }
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type.IsArray)
        {
            return ReadSequence(cursor, type.GetElementType()!, asArray: true);
        }
        return ListTypes.ElementTypeOf(type) is { } element
            ? ReadSequence(cursor, element, asArray: false)
            : ReadScalar(cursor, type);
    }

    /// <summary>An array, or a <c>List&lt;T&gt;</c> for any of the list interfaces.</summary>
    private static object ReadSequence(JsonCursor cursor, Type element, bool asArray)
    {
        cursor.ExpectArray();
        return element switch
        {
            _ when element == typeof(int) => Typed<int>(cursor, asArray),
            _ when element == typeof(long) => Typed<long>(cursor, asArray),
            _ when element == typeof(double) => Typed<double>(cursor, asArray),
            _ when element == typeof(bool) => Typed<bool>(cursor, asArray),
            _ when element == typeof(char) => Typed<char>(cursor, asArray),
            _ when element == typeof(string) => Typed<string?>(cursor, asArray),
            _ => Boxed(cursor, element, asArray),
        };
    }

    private static object Typed<T>(JsonCursor cursor, bool asArray)
    {
        var items = new List<T>();
        while (cursor.Next() != JsonToken.EndArray)
        {
            if (cursor.Token == JsonToken.Null && default(T) is not null)
            {
                throw new InvalidOperationException($"null given for a {typeof(T).Name}.");
            }
            items.Add(cursor.Token == JsonToken.Null ? default! : Item<T>(cursor));
        }
        return asArray ? items.ToArray() : items;
    }

    /// <summary>
    /// One item of a typed sequence, not boxed: each precompiled copy has one <typeparamref name="T"/>, and keeps only its
    /// branch (the casts through object cancel out). A delegate per element type made each runner load six delegate types.
    /// </summary>
    private static T Item<T>(JsonCursor cursor) =>
        typeof(T) == typeof(int) ? (T)(object)cursor.GetInt32()
        : typeof(T) == typeof(long) ? (T)(object)cursor.GetInt64()
        : typeof(T) == typeof(double) ? (T)(object)ReadDouble(cursor)
        : typeof(T) == typeof(bool) ? (T)(object)cursor.GetBoolean()
        : typeof(T) == typeof(char) ? (T)(object)SingleChar(cursor.GetString())
        : (T)(object?)cursor.GetString()!;

    /// <summary>Any other element type (nested arrays and lists, nullables, small integers): one boxed value at a time.</summary>
    private static object Boxed(JsonCursor cursor, Type element, bool asArray)
    {
        var items = new List<object?>();
        while (cursor.Next() != JsonToken.EndArray)
        {
            items.Add(ReadValue(cursor, element));
        }
        return asArray ? ToArray(items, element) : ToList(items, element);
    }

    internal static Array ToArray(List<object?> items, Type element)
    {
        var array = Array.CreateInstance(element, items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            array.SetValue(items[i], i);
        }
        return array;
    }

    /// <summary>
    /// Made by its parameterless constructor: passing the capacity would make the runtime bind a constructor to the
    /// arguments, loading its default binder for one call.
    /// </summary>
    internal static IList ToList(List<object?> items, Type element)
    {
        var list = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(element))!;
        foreach (var item in items)
        {
            list.Add(item);
        }
        return list;
    }

    private static object ReadScalar(JsonCursor cursor, Type type) => type switch
    {
        _ when type == typeof(int) => cursor.GetInt32(),
        _ when type == typeof(long) => cursor.GetInt64(),
        _ when type == typeof(double) => ReadDouble(cursor),
        _ when type == typeof(float) => (float)ReadDouble(cursor),
        _ when type == typeof(decimal) => cursor.GetDecimal(),
        _ when type == typeof(bool) => cursor.GetBoolean(),
        _ when type == typeof(string) => cursor.GetString()!,
        _ when type == typeof(char) => SingleChar(cursor.GetString()),
        _ when type == typeof(short) => cursor.GetInt16(),
        _ when type == typeof(byte) => cursor.GetByte(),
        _ when type == typeof(uint) => cursor.GetUInt32(),
        _ when type == typeof(ulong) => cursor.GetUInt64(),
        _ => throw new NotSupportedException($"The judge cannot pass a {type.FullName}."),
    };

    /// <summary>A number, or the names JSON lacks for NaN and the infinities (as the judge writes them).</summary>
    private static double ReadDouble(JsonCursor cursor) =>
        cursor.Token != JsonToken.String
            ? cursor.GetDouble()
            : cursor.GetString() switch
            {
                "NaN" => double.NaN,
                "Infinity" => double.PositiveInfinity,
                "-Infinity" => double.NegativeInfinity,
                var text => throw new InvalidOperationException($"\"{text}\" is not a number."),
            };

    /// <summary>A <c>char</c> is a one-character string in the judge's format.</summary>
    internal static char SingleChar(string? text) =>
        text is { Length: 1 } ? text[0] : throw new InvalidOperationException($"'{text}' is not a single character.");
}
