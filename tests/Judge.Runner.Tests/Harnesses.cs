using Judge.Compiler;
using Judge.Core.Problems;
using Judge.Core.Protocol;
using Judge.Runner;
using Judge.Runner.Harness;

namespace Judge.Runner.Tests;

/// <summary>Compiles a submission with the real compiler and loads it as the runner does, without the sandbox.</summary>
internal static class Harnesses
{
    private static readonly SubmissionCompiler Compiler = new();

    public static ITestHarness For(ProblemKind kind, EntryPoint entry, string source, params string[] prelude) =>
        HarnessFactory.For(kind, Load(kind, entry, source, prelude), entry);

    /// <summary>The submission, compiled and loaded into a context of its own.</summary>
    public static System.Reflection.Assembly Load(ProblemKind kind, EntryPoint entry, string source, params string[] prelude)
    {
        var compiled = Compiler.Compile(new CompileRequest(source, kind, entry, prelude));
        Assert.True(compiled.Success, string.Join("; ", compiled.Diagnostics.Select(d => d.Message)));
        return SubmissionLoader.Load(compiled.Assembly!, compiled.Symbols);
    }

    /// <summary>Runs one test as the executor does and returns the output the host would check.</summary>
    public static string Run(this ITestHarness harness, string input)
    {
        var result = new TestExecutor(timeLimitMs: 5000, outputLimitBytes: 1 << 20)
            .Execute(harness, new RunTest(0, input));
        Assert.True(result.Outcome == RunOutcome.Completed, $"{result.Outcome}: {result.Message}");
        return result.Output!;
    }
}
