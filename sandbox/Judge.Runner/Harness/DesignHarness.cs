using System.Reflection;
using System.Text.Json;
using Judge.Core.Problems;
using Judge.Runner.Values;

namespace Judge.Runner.Harness;

/// <summary>
/// Drives a class through LeetCode-style operations: <c>{"ops": ["LRUCache","Put","Get"], "args": [[2],[1,1],[1]]}</c>.
/// The first operation constructs the object; the output lists each operation's result (null for constructors and void).
/// </summary>
public sealed class DesignHarness(Assembly submission, EntryPoint entry) : ITestHarness
{
    private readonly Type type = HarnessFactory.FindType(submission, entry.ClassName);
    private readonly ValueReader reader = new();
    private readonly ValueWriter writer = new();

    public Func<object?> Prepare(string input)
    {
        using var json = JsonDocument.Parse(input, ValueReader.DocumentOptions);
        var operations = json.RootElement.GetProperty("ops").EnumerateArray().Select(o => o.GetString()!).ToList();
        var argumentLists = json.RootElement.GetProperty("args").EnumerateArray().ToList();
        if (operations.Count == 0 || operations[0] != entry.ClassName || argumentLists.Count != operations.Count)
        {
            throw new InvalidOperationException("A design test starts with the constructor and gives one argument list per operation.");
        }
        var constructor = Bind(type.GetConstructors(), argumentLists[0], entry.ClassName);
        var calls = operations.Skip(1)
            .Select((name, i) => Bind(type.GetMethods(BindingFlags.Public | BindingFlags.Instance).Where(m => m.Name == name), argumentLists[i + 1], name))
            .ToList();
        return () =>
        {
            var results = new List<object?>(operations.Count) { null };
            var instance = ((ConstructorInfo)constructor.Member).Invoke(HarnessFactory.Invoke, null, constructor.Arguments, null);
            foreach (var call in calls)
            {
                results.Add(((MethodInfo)call.Member).Invoke(instance, HarnessFactory.Invoke, null, call.Arguments, null));
            }
            return results;
        };
    }

    public string Render(object? result, string stdout) => writer.Write(result);

    private (MethodBase Member, object?[] Arguments) Bind(IEnumerable<MethodBase> candidates, JsonElement arguments, string name)
    {
        var values = arguments.EnumerateArray().ToList();
        var member = candidates.FirstOrDefault(m => m.GetParameters().Length == values.Count)
            ?? throw new InvalidOperationException($"'{entry.ClassName}' has no public '{name}' taking {values.Count} arguments.");
        var parameters = member.GetParameters();
        return (member, parameters.Select((p, i) => reader.Read(values[i], p.ParameterType)).ToArray());
    }
}
