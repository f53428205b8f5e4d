using Judge.Core.Problems;
using Judge.Core.Protocol;

namespace Judge.Runner.Tests;

public sealed class StdioTests
{
    [Fact]
    public void Program_ReadsStdinAndItsStdoutIsTheOutput()
    {
        var harness = Harnesses.For(ProblemKind.Stdio, new EntryPoint("Program", null),
            "var n = int.Parse(Console.ReadLine()!); for (var i = 0; i < n; i++) Console.WriteLine(i * i);");

        Assert.Equal("0\n1\n4\n", harness.Run("\"3\\n\"").ReplaceLineEndings("\n"));
    }

    [Fact]
    public void OutputFlood_IsOutputLimitExceededAndStopsQuickly()
    {
        var harness = Harnesses.For(ProblemKind.Stdio, new EntryPoint("Program", null),
            "try { while (true) Console.Write(\"spam\"); } catch (Exception) { } Console.WriteLine(\"ok\");");

        var result = new TestExecutor(5000, 10_000).Execute(harness, new RunTest(0, "\"\""));

        Assert.Equal(RunOutcome.OutputLimit, result.Outcome);
        Assert.True(result.TimeMs < 1000);
    }
}
