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
        submission.GetType(name, throwOnError: false)
        ?? throw new InvalidOperationException($"The submission has no public class '{name}'.");
}
