using Judge.Core.Protocol;
using Judge.Runner.Harness;

namespace Judge.Runner;

/// <summary>Loads the submission once and runs the requested tests in order.</summary>
public static class TestSession
{
    public static int Run(RunRequest request, ProtocolChannel channel)
    {
        ITestHarness harness;
        try
        {
            var assembly = SubmissionLoader.Load(request.Assembly, request.Symbols);
            harness = HarnessFactory.For(request.Kind, assembly, request.Entry);
        }
        catch (Exception e)
        {
            channel.Send(new RunEvent(RunEventType.Fatal, -1, RunOutcome.SetupError, Message: e.Message));
            return 3;
        }

        using var executor = new TestExecutor(request.TimeLimitMs, request.OutputLimitBytes, request.StackSizeKb);
        var tests = request.Tests;
        if (tests.Count > 0)
        {
            channel.Send(Started(tests[0]));
        }
        for (var i = 0; i < tests.Count; i++)
        {
            var result = executor.Execute(harness, tests[i]);
            if (result.Outcome is RunOutcome.TimeLimit or RunOutcome.MemoryLimit)
            {
                // The test's thread may still be running or the heap may be exhausted: this process is spent.
                channel.Send(result);
                return 0;
            }
            if (i + 1 < tests.Count)
            {
                channel.Send(result, Started(tests[i + 1]));
            }
            else
            {
                channel.Send(result);
            }
        }
        return 0;
    }

    private static RunEvent Started(RunTest test) => new(RunEventType.Started, test.Index);
}
