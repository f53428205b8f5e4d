using System.Reflection;
using Judge.Runner.Json;

namespace Judge.Runner.Harness;

/// <summary>Runs the program's <c>Main</c> with the test's input on stdin; its stdout is the output.</summary>
public sealed class StdioHarness(Assembly submission) : ITestHarness
{
    private readonly MethodInfo main = submission.EntryPoint
        ?? throw new InvalidOperationException("The program has no Main method.");

    public Func<object?> Prepare(string input)
    {
        var cursor = JsonSlice.Of(input).Open();
        var stdin = cursor.GetString() ?? "";
        cursor.ExpectEnd();
        object?[] arguments = main.GetParameters().Length == 0 ? [] : [Array.Empty<string>()];
        return () =>
        {
            Console.SetIn(new StringReader(stdin));
            return main.Invoke(null, BindingFlags.DoNotWrapExceptions, null, arguments, null);
        };
    }

    public string Render(object? result, string stdout) => stdout;
}
