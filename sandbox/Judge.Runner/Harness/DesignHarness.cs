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
    /// <summary>Keyed by name and arity as text: a tuple key would make each runner JIT-compile a dictionary of its own.</summary>
    private readonly Dictionary<string, Overload[]> overloads = [];

    public Func<object?> Prepare(string input)
    {
        ReadTest(input, out var operations, out var argumentLists);
        if (operations.Count == 0 || operations[0] != entry.ClassName || argumentLists.Count != operations.Count)
        {
            throw new InvalidOperationException("A design test starts with the constructor and gives one argument list per operation.");
        }
        var clock = clockType is null ? null : Activator.CreateInstance(clockType);
        var reader = new ValueReader(clock);
        // An array, not a list: its loop needs no enumerator type, and the list of delegates was a type of its own.
        var steps = new Func<object?, object?>[operations.Count];
        for (var i = 0; i < steps.Length; i++)
        {
            steps[i] = Bind(operations[i], i == 0, argumentLists[i], reader, clock);
        }
        return () =>
        {
            var results = new List<object?>(steps.Length);
            object? instance = null;
            foreach (var step in steps)
            {
                var result = step(instance);
                if (results.Count == 0)
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

    /// <summary>One operation, ready to run against the instance the constructor made.</summary>
    private Func<object?, object?> Bind(string name, bool constructs, JsonSlice arguments, ValueReader reader, object? clock)
    {
        var values = JsonArguments.Split(arguments);
        switch (name)
        {
            case "@advance":
                var milliseconds = (long)reader.Read(values[0], typeof(long))!;
                return _ => JudgeClock.Advance(clock, milliseconds);
            case "@parallel":
                var call = Bind((string)reader.Read(values[2], typeof(string))!, constructs: false, values[3], reader, clock);
                var threads = (int)reader.Read(values[0], typeof(int))!;
                var callsPerThread = (int)reader.Read(values[1], typeof(int))!;
                return instance => ParallelCalls.Run(threads, callsPerThread, () => call(instance), writer);
        }
        if (!Overloads.TryBind(Candidates(constructs ? ".ctor" : name, values.Count), values, reader, out var member, out var parameterValues))
        {
            throw new SubmissionShapeException(
                $"'{entry.ClassName}' has no public '{name}' that takes these {values.Count} arguments.",
                $"'{entry.ClassName}' lacks a public member that one of this test's operations calls.");
        }
        return instance => invoker.Call(member, instance, parameterValues);
    }

    /// <summary>
    /// The operations' names and their argument lists, which stay slices of the input until an operation is bound.
    /// Other properties are ignored. Out parameters rather than a tuple, whose generic instantiation each runner would load.
    /// </summary>
    private static void ReadTest(string input, out List<string> operations, out List<JsonSlice> argumentLists)
    {
        var cursor = JsonSlice.Of(input).Open(JsonSlice.StreamedDepth);
        if (cursor.Token != JsonToken.StartObject)
        {
            throw new InvalidOperationException("A design test is an object with \"ops\" and \"args\".");
        }
        List<string>? ops = null;
        List<JsonSlice>? args = null;
        while (cursor.Next() != JsonToken.EndObject)
        {
            var name = cursor.GetString();
            cursor.Next();
            switch (name)
            {
                case "ops":
                    ops = [];
                    cursor.ExpectArray();
                    while (cursor.Next() != JsonToken.EndArray)
                    {
                        ops.Add(cursor.GetString() ?? throw new InvalidOperationException("An operation's name is a string."));
                    }
                    break;
                case "args":
                    cursor.ExpectArray();
                    args = JsonArguments.Items(cursor);
                    break;
                default:
                    cursor.Skip();
                    break;
            }
        }
        cursor.ExpectEnd();
        operations = ops ?? throw new KeyNotFoundException("A design test needs \"ops\".");
        argumentLists = args ?? throw new KeyNotFoundException("A design test needs \"args\".");
    }

    /// <summary>The overloads of an operation for this many arguments, looked up once per runner: a test may have 100000 operations.</summary>
    private Overload[] Candidates(string name, int arity)
    {
        // Concatenated, not interpolated: an interpolated string would make the runner load the shared char array pool.
        var key = name + "/" + arity;
        if (!overloads.TryGetValue(key, out var found))
        {
            MethodBase[] members = name == ".ctor" ? type.GetConstructors() : type.GetMethods(Public);
            found = Overloads.Order(members, name, arity);
            overloads[key] = found;
        }
        return found;
    }
}
