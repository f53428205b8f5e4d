using System.Reflection;
using Judge.Core.Problems;
using Judge.Runner.Json;
using Judge.Runner.Values;

namespace Judge.Runner.Harness;

/// <summary>
/// Drives a class through LeetCode-style operations: <c>{"ops": ["LRUCache","Put","Get"], "args": [[2],[1,1],[1]]}</c>.
/// The first operation constructs the object; the output lists each operation's result (null for constructors
/// and void). Operations may be static methods or operators (<c>op_Addition</c>), property accessors
/// (<c>get_Fahrenheit</c>, <c>set_Celsius</c>), and two judge operations:
/// <c>@advance</c> [ms] moves the judge's clock; <c>@parallel</c> [threads, callsPerThread, "Op", [args]] makes
/// threads race to call an operation at once (see <see cref="ParallelCalls"/>).
/// </summary>
public sealed class DesignHarness(Assembly submission, EntryPoint entry) : ITestHarness
{
    private const BindingFlags Public = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static;

    private readonly Type type = HarnessFactory.FindType(submission, entry.ClassName);
    private readonly Type? clockType = HarnessFactory.TypeNamed(submission, "ManualClock");
    private readonly ValueWriter writer = new();
    private readonly Invoker invoker = new(entry.ExceptionsAsResults);
    /// <summary>
    /// Keyed by name, then indexed by arity: a tuple key would make each runner JIT-compile a dictionary of its own,
    /// and a key of name and arity as text was a string to build for every operation.
    /// </summary>
    private readonly Dictionary<string, Overload[]?[]> overloads = [];

    public Func<object?> Prepare(string input)
    {
        var clock = clockType is null ? null : Activator.CreateInstance(clockType);
        var steps = ReadTest(input, new ValueReader(clock), clock);
        return () =>
        {
            var results = new List<object?>(steps.Count);
            object? instance = null;
            // A for loop: a foreach over the list would load its enumerator type.
            for (var i = 0; i < steps.Count; i++)
            {
                var result = steps[i].Run(instance);
                if (i == 0)
                {
                    instance = result is Thrown ? null : result;
                    result = result is Thrown ? result : null;
                }
                results.Add(result);
            }
            return results;
        };
    }

    public string Render(object? result, string stdout) => writer.Write(result);

    /// <summary>
    /// Reads the operations' names and their arguments, and binds each operation. The input is read once, and each
    /// argument once more as its parameter's type. Where the names come first, as they do in the bank's tests, each
    /// operation is bound as soon as its arguments are read, so that only the bound operations outlive the reading:
    /// what survives a collection while a large test is prepared is what the collector copies. Other properties are ignored.
    /// </summary>
    private List<DesignStep> ReadTest(string input, ValueReader reader, object? clock)
    {
        var cursor = JsonSlice.Of(input).Open(JsonSlice.StreamedDepth);
        if (cursor.Token != JsonToken.StartObject)
        {
            throw new InvalidOperationException("A design test is an object with \"ops\" and \"args\".");
        }
        List<string>? operations = null;
        List<DesignStep>? steps = null;
        // Argument lists read before the operations' names, bound once the names are known.
        List<List<JsonSlice>>? unbound = null;
        while (cursor.Next() != JsonToken.EndObject)
        {
            var name = cursor.GetString();
            cursor.Next();
            switch (name)
            {
                case "ops" when operations is null:
                    operations = ReadOperations(cursor);
                    break;
                case "args" when steps is null:
                    cursor.ExpectArray();
                    steps = [];
                    unbound = [];
                    while (cursor.Next() != JsonToken.EndArray)
                    {
                        var values = JsonArguments.Items(cursor);
                        if (operations is null)
                        {
                            unbound.Add(values);
                        }
                        else
                        {
                            steps.Add(Bind(operations, steps.Count, values, reader, clock));
                        }
                    }
                    break;
                case "ops" or "args":
                    throw new InvalidOperationException($"A design test gives \"{name}\" once.");
                default:
                    cursor.Skip();
                    break;
            }
        }
        cursor.ExpectEnd();
        if (operations is null || steps is null)
        {
            throw new KeyNotFoundException(operations is null ? "A design test needs \"ops\"." : "A design test needs \"args\".");
        }
        for (var i = 0; i < unbound!.Count; i++)
        {
            steps.Add(Bind(operations, steps.Count, unbound[i], reader, clock));
        }
        return steps.Count == operations.Count ? steps : throw NotOneListPerOperation();
    }

    /// <summary>The operations' names, the first of which must be the constructor's.</summary>
    private List<string> ReadOperations(JsonCursor cursor)
    {
        var operations = new List<string>();
        var names = new List<string>();
        cursor.ExpectArray();
        while (cursor.Next() != JsonToken.EndArray)
        {
            operations.Add(OperationName(cursor, names));
        }
        return operations.Count > 0 && operations[0] == entry.ClassName ? operations : throw NotOneListPerOperation();
    }

    private static InvalidOperationException NotOneListPerOperation() =>
        new("A design test starts with the constructor and gives one argument list per operation.");

    /// <summary>The operation at <paramref name="index"/>, ready to run against the instance the constructor made.</summary>
    private DesignStep Bind(List<string> operations, int index, List<JsonSlice> values, ValueReader reader, object? clock) =>
        index < operations.Count
            ? Bind(operations[index], constructs: index == 0, values, reader, clock)
            : throw NotOneListPerOperation();

    private DesignStep Bind(string name, bool constructs, List<JsonSlice> values, ValueReader reader, object? clock)
    {
        switch (name)
        {
            case "@advance":
                return new AdvanceStep(clock, (long)reader.Read(values[0], typeof(long))!);
            case "@parallel":
                var call = Bind((string)reader.Read(values[2], typeof(string))!, constructs: false, JsonArguments.Split(values[3]), reader, clock);
                var threads = (int)reader.Read(values[0], typeof(int))!;
                var callsPerThread = (int)reader.Read(values[1], typeof(int))!;
                return new ParallelStep(threads, callsPerThread, call, writer);
        }
        if (!Overloads.TryBind(Candidates(constructs ? ".ctor" : name, values.Count), values, reader, out var member, out var parameterValues))
        {
            throw new SubmissionShapeException(
                $"'{entry.ClassName}' has no public '{name}' that takes these {values.Count} arguments.",
                $"'{entry.ClassName}' lacks a public member that one of this test's operations calls.");
        }
        member.CountBinding();
        return new CallStep(invoker, member, parameterValues);
    }

    /// <summary>
    /// An operation's name, the same string as an earlier operation's where it is one (a test names a few operations
    /// and may call them 100000 times): <paramref name="distinct"/> holds the names read so far, up to 16 of them.
    /// </summary>
    private static string OperationName(JsonCursor cursor, List<string> distinct)
    {
        for (var i = 0; i < distinct.Count; i++)
        {
            if (cursor.IsPlainString(distinct[i]))
            {
                return distinct[i];
            }
        }
        var read = cursor.GetString() ?? throw new InvalidOperationException("An operation's name is a string.");
        if (distinct.Count < 16)
        {
            distinct.Add(read);
        }
        return read;
    }

    /// <summary>The overloads of an operation for this many arguments, looked up once per runner: a test may have 100000 operations.</summary>
    private Overload[] Candidates(string name, int arity)
    {
        if (!overloads.TryGetValue(name, out var byArity) || byArity.Length <= arity)
        {
            Array.Resize(ref byArity, arity + 1);
            overloads[name] = byArity;
        }
        if (byArity[arity] is not { } found)
        {
            MethodBase[] members = name == ".ctor" ? type.GetConstructors() : type.GetMethods(Public);
            found = Overloads.Order(members, name, arity);
            byArity[arity] = found;
        }
        return found;
    }
}
