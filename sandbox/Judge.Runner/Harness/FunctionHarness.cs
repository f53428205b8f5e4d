using System.Reflection;
using Judge.Core.Problems;
using Judge.Runner.Values;

namespace Judge.Runner.Harness;

/// <summary>
/// Calls a method of a fresh <c>Solution</c> per test, as LeetCode does, with the test's argument array.
/// A static method (e.g. <c>Date.IsValid</c>) is called without an instance.
/// </summary>
public sealed class FunctionHarness : ITestHarness
{
    private readonly Type type;
    private readonly MethodInfo method;
    private readonly int? resultFromArgument;
    private readonly ValueReader reader;
    private readonly ValueWriter writer;
    private readonly Invoker invoker;

    public FunctionHarness(Assembly submission, EntryPoint entry)
    {
        type = HarnessFactory.FindType(submission, entry.ClassName);
        method = OnlyMethodNamed(type, entry.MethodName)
            ?? throw new InvalidOperationException($"'{entry.ClassName}' must have exactly one public method '{entry.MethodName}'.");
        resultFromArgument = entry.ResultFromArgument;
        reader = new ValueReader();
        writer = new ValueWriter();
        invoker = new Invoker(entry.ExceptionsAsResults);
    }

    public Func<object?> Prepare(string input)
    {
        var parameters = method.GetParameters();
        var values = JsonArguments.Split(input);
        if (values.Count != parameters.Length)
        {
            throw new InvalidOperationException($"The test gives {values.Count} arguments; '{method.Name}' takes {parameters.Length}.");
        }
        var arguments = new object?[parameters.Length];
        for (var i = 0; i < arguments.Length; i++)
        {
            arguments[i] = reader.Read(values[i], parameters[i].ParameterType);
        }
        var instance = method.IsStatic ? null : Activator.CreateInstance(type);
        return () =>
        {
            var returned = invoker.Call(method, instance, arguments);
            return resultFromArgument is { } index ? arguments[index] : returned;
        };
    }

    public string Render(object? result, string stdout) => writer.Write(result);

    /// <summary>The one public method of that name; null if there is none, or more than one.</summary>
    private static MethodInfo? OnlyMethodNamed(Type type, string? name)
    {
        MethodInfo? found = null;
        foreach (var method in type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static))
        {
            if (method.Name == name)
            {
                if (found is not null)
                {
                    return null;
                }
                found = method;
            }
        }
        return found;
    }
}
