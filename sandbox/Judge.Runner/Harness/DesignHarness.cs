using System.Reflection;
using System.Text.Json;
using Judge.Core.Problems;
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
    private readonly Type? clockType = submission.GetType("ManualClock", throwOnError: false);
    private readonly ValueWriter writer = new();
    private readonly Invoker invoker = new(entry.ExceptionsAsResults);
    private readonly Dictionary<(string Name, int Arity), Overload[]> overloads = [];

    public Func<object?> Prepare(string input)
    {
        using var json = JsonDocument.Parse(input, ValueReader.DocumentOptions);
        var operations = json.RootElement.GetProperty("ops").EnumerateArray().Select(o => o.GetString()!).ToList();
        var argumentLists = json.RootElement.GetProperty("args").EnumerateArray().ToList();
        if (operations.Count == 0 || operations[0] != entry.ClassName || argumentLists.Count != operations.Count)
        {
            throw new InvalidOperationException("A design test starts with the constructor and gives one argument list per operation.");
        }
        var clock = clockType is null ? null : Activator.CreateInstance(clockType);
        var reader = new ValueReader(clock);
        var steps = operations.Select((name, i) => Bind(name, i == 0, argumentLists[i], reader, clock)).ToList();
        return () =>
        {
            var results = new List<object?>(steps.Count);
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
    private Func<object?, object?> Bind(string name, bool constructs, JsonElement arguments, ValueReader reader, object? clock)
    {
        var values = arguments.EnumerateArray().ToList();
        switch (name)
        {
            case "@advance":
                var milliseconds = values[0].GetInt64();
                return _ => JudgeClock.Advance(clock, milliseconds);
            case "@parallel":
                var call = Bind(values[2].GetString()!, constructs: false, values[3], reader, clock);
                var threads = values[0].GetInt32();
                var callsPerThread = values[1].GetInt32();
                return instance => ParallelCalls.Run(threads, callsPerThread, () => call(instance), writer);
        }
        var candidates = Candidates(constructs ? ".ctor" : name, values.Count);
        var (member, parameterValues) = Overloads.Bind(candidates, values, reader)
            ?? throw new SubmissionShapeException(
                $"'{entry.ClassName}' has no public '{name}' that takes these {values.Count} arguments.",
                $"'{entry.ClassName}' lacks a public member that one of this test's operations calls.");
        return instance => invoker.Call(member, instance, parameterValues);
    }

    /// <summary>The overloads of an operation for this many arguments, looked up once per runner: a test may have 100000 operations.</summary>
    private Overload[] Candidates(string name, int arity)
    {
        if (!overloads.TryGetValue((name, arity), out var found))
        {
            MethodBase[] members = name == ".ctor" ? type.GetConstructors() : [.. type.GetMethods(Public).Where(m => m.Name == name)];
            found = Overloads.Order(members, arity);
            overloads[(name, arity)] = found;
        }
        return found;
    }
}
