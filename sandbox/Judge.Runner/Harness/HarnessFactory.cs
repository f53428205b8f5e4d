using System.Reflection;
using Judge.Core.Problems;

namespace Judge.Runner.Harness;

public static class HarnessFactory
{
    public static ITestHarness For(ProblemKind kind, Assembly submission, EntryPoint entry) => kind switch
    {
        ProblemKind.Function => new FunctionHarness(submission, entry),
        ProblemKind.Design => new DesignHarness(submission, entry),
        ProblemKind.Stdio => new StdioHarness(submission),
        _ => throw new NotSupportedException($"Unknown problem kind {kind}."),
    };

    public static Type FindType(Assembly submission, string name) =>
        TypeNamed(submission, name) ?? throw new InvalidOperationException($"The submission has no public class '{name}'.");

    /// <summary>
    /// A type by its full name, found among the submission's few types rather than by <c>Assembly.GetType</c>,
    /// whose type-name parser made each runner JIT-compile vectorised search helpers at its first call.
    /// </summary>
    public static Type? TypeNamed(Assembly submission, string name)
    {
        foreach (var type in TypesOf(submission))
        {
            if (type?.FullName == name)
            {
                return type;
            }
        }
        return null;
    }

    /// <summary>The types that load: one that does not must not hide the others, as <c>Assembly.GetType</c> would not.</summary>
    private static Type?[] TypesOf(Assembly submission)
    {
        try
        {
            return submission.GetTypes();
        }
        catch (ReflectionTypeLoadException e)
        {
            return e.Types;
        }
    }
}
