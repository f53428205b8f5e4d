using System.Reflection;
using Judge.Runner.Json;

namespace Judge.Runner.Values;

/// <summary>
/// Builds the .NET argument a parameter asks for from a test's JSON: primitives, strings, chars, nullables,
/// arrays (jagged too), lists, nested <c>IList&lt;object&gt;</c>, the judge's <c>ListNode</c>, <c>TreeNode</c> and
/// clock, and a submission's own types built by constructor.
/// </summary>
public sealed class ValueReader(object? clock = null)
{
    /// <summary>
    /// How deep a submission's own types may nest in one value. A type may take itself (a <c>Wrap(Wrap inner)</c>
    /// constructor), and then the input decides the depth; each level reads the rest of its value again, so the
    /// limit bounds both the stack and the time.
    /// </summary>
    public const int MaxConstructedDepth = 1000;

    private int constructing;

    /// <summary>
    /// Reads every plain value, reopened on each: plain values are read whole, never while another is, and a design
    /// test may have hundreds of thousands. Types read through a cursor of their own.
    /// </summary>
    private readonly JsonCursor plainCursor = new(JsonSlice.Of("null"), JsonSlice.TypedDepth);

    /// <summary>Reads one argument: nested object lists without recursion, plain types by typed loops, anything else value by value.</summary>
    public object? Read(JsonSlice json, Type type)
    {
        if (type == typeof(object) || ListTypes.ElementTypeOf(type) == typeof(object))
        {
            return NestedReader.Read(json);
        }
        if (PlainTypes.IsPlain(type))
        {
            return PlainReader.Read(json, type, plainCursor);
        }
        // The recursion below follows the parameter's type, not the data: values nested deeper than the type
        // (an object[] of nested lists) are read by the nested reader, without recursion, so the text may nest deep.
        var cursor = json.Open(JsonSlice.StreamedDepth);
        var value = ReadValue(cursor, type);
        cursor.ExpectEnd();
        return value;
    }

    /// <summary>Reads the value whose first token the cursor is on, and leaves the cursor on its last.</summary>
    private object? ReadValue(JsonCursor cursor, Type type)
    {
        if (type == typeof(object))
        {
            return NestedReader.ReadValue(cursor);
        }
        if (PlainTypes.IsPlain(type))
        {
            return PlainReader.ReadValue(cursor, type);
        }
        if (cursor.Token == JsonToken.Null)
        {
            return type.IsValueType && Nullable.GetUnderlyingType(type) is null
                ? throw new InvalidOperationException($"null given for a {type.Name}.")
                : null;
        }
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type.IsArray || ListTypes.ElementTypeOf(type) is not null)
        {
            var element = type.IsArray ? type.GetElementType()! : ListTypes.ElementTypeOf(type)!;
            var items = new List<object?>();
            cursor.ExpectArray();
            while (cursor.Next() != JsonToken.EndArray)
            {
                items.Add(ReadValue(cursor, element));
            }
            return type.IsArray ? PlainReader.ToArray(items, element) : PlainReader.ToList(items, element);
        }
        switch (type.Name)
        {
            case "ListNode":
                return JudgeTypes.BuildList(type, cursor);
            case "TreeNode":
                return JudgeTypes.BuildTree(type, cursor);
            case "IClock":
                cursor.Skip();
                return clock ?? throw new InvalidOperationException("This problem has no judge clock.");
            case var _ when cursor.Token == JsonToken.StartArray:
                return Construct(type, cursor);
            default:
                throw new NotSupportedException($"The judge cannot pass a {type.FullName}.");
        }
    }

    /// <summary>A submission's own type, built with the public constructor that takes the array's values (e.g. <c>Vector(1, 2)</c>).</summary>
    private object Construct(Type type, JsonCursor cursor)
    {
        if (constructing == MaxConstructedDepth)
        {
            throw new InvalidOperationException($"The value nests more than {MaxConstructedDepth} of the submission's own types.");
        }
        constructing++;
        try
        {
            return ConstructFrom(type, JsonArguments.Items(cursor));
        }
        finally
        {
            constructing--;
        }
    }

    private object ConstructFrom(Type type, List<JsonSlice> values)
    {
        var constructor = ConstructorTaking(type, values.Count)
            ?? throw new NotSupportedException($"{type.Name} has no public constructor taking {values.Count} arguments.");
        var parameters = constructor.GetParameters();
        var arguments = new object?[values.Count];
        for (var i = 0; i < arguments.Length; i++)
        {
            arguments[i] = Read(values[i], parameters[i].ParameterType);
        }
        return constructor.Invoke(BindingFlags.DoNotWrapExceptions, null, arguments, null);
    }

    private static ConstructorInfo? ConstructorTaking(Type type, int count)
    {
        foreach (var constructor in type.GetConstructors())
        {
            if (constructor.GetParameters().Length == count)
            {
                return constructor;
            }
        }
        return null;
    }
}
