using System.Reflection;
using System.Text.Json;

namespace Judge.Runner.Values;

/// <summary>
/// Builds the .NET argument a parameter asks for from a test's JSON: primitives, strings, chars, nullables,
/// arrays (jagged too), lists, nested <c>IList&lt;object&gt;</c>, and the judge's <c>ListNode</c> and <c>TreeNode</c>.
/// </summary>
public sealed class ValueReader(object? clock = null)
{
    /// <summary>Tests nest lists up to 100000 deep; the reader walks them without recursion.</summary>
    public static readonly JsonDocumentOptions DocumentOptions = new() { MaxDepth = 1_000_000 };

    /// <summary>Reads one argument from its raw JSON: nested object lists and plain types stream, everything else goes through a document.</summary>
    public object? Read(ReadOnlyMemory<byte> json, Type type)
    {
        if (type == typeof(object) || ListTypes.ElementTypeOf(type) == typeof(object))
        {
            return NestedReader.Read(json);
        }
        if (PlainTypes.IsPlain(type))
        {
            return PlainReader.Read(json.Span, type);
        }
        using var document = JsonDocument.Parse(json, DocumentOptions);
        return Read(document.RootElement, type);
    }

    public object? Read(JsonElement json, Type type)
    {
        if (json.ValueKind == JsonValueKind.Null)
        {
            return type.IsValueType && Nullable.GetUnderlyingType(type) is null
                ? throw new InvalidOperationException($"null given for a {type.Name}.")
                : null;
        }
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (Scalar(json, type, out var scalar))
        {
            return scalar;
        }
        if (type == typeof(object))
        {
            return NestedReader.Read(System.Text.Encoding.UTF8.GetBytes(json.GetRawText()));
        }
        if (type.IsArray)
        {
            var elementType = type.GetElementType()!;
            var items = json.EnumerateArray().ToList();
            var array = Array.CreateInstance(elementType, items.Count);
            for (var i = 0; i < items.Count; i++)
            {
                array.SetValue(Read(items[i], elementType), i);
            }
            return array;
        }
        if (ListTypes.ElementTypeOf(type) is { } listElement)
        {
            var list = (System.Collections.IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(listElement))!;
            foreach (var item in json.EnumerateArray())
            {
                list.Add(Read(item, listElement));
            }
            return list;
        }
        return type.Name switch
        {
            "ListNode" => JudgeTypes.BuildList(type, json),
            "TreeNode" => JudgeTypes.BuildTree(type, json),
            "IClock" => clock ?? throw new InvalidOperationException("This problem has no judge clock."),
            _ when json.ValueKind == JsonValueKind.Array => Construct(type, json),
            _ => throw new NotSupportedException($"The judge cannot pass a {type.FullName}."),
        };
    }

    /// <summary>A submission's own type, built with the public constructor that takes the array's values (e.g. <c>Vector(1, 2)</c>).</summary>
    private object Construct(Type type, JsonElement json)
    {
        var values = json.EnumerateArray().ToList();
        var constructor = type.GetConstructors().FirstOrDefault(c => c.GetParameters().Length == values.Count)
            ?? throw new NotSupportedException($"{type.Name} has no public constructor taking {values.Count} arguments.");
        var arguments = constructor.GetParameters().Select((p, i) => Read(values[i], p.ParameterType)).ToArray();
        return constructor.Invoke(BindingFlags.DoNotWrapExceptions, null, arguments, null);
    }

    private static bool Scalar(JsonElement json, Type type, out object? value)
    {
        value = type switch
        {
            _ when type == typeof(int) => json.GetInt32(),
            _ when type == typeof(long) => json.GetInt64(),
            _ when type == typeof(double) => json.GetDouble(),
            _ when type == typeof(float) => json.GetSingle(),
            _ when type == typeof(decimal) => json.GetDecimal(),
            _ when type == typeof(bool) => json.GetBoolean(),
            _ when type == typeof(string) => json.GetString(),
            _ when type == typeof(char) => PlainReader.SingleChar(json.GetString()),
            _ => null,
        };
        return value is not null;
    }
}
