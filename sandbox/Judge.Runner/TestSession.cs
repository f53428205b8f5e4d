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
        foreach (var test in request.Tests)
        {
            channel.Send(new RunEvent(RunEventType.Started, test.Index));
            var result = executor.Execute(harness, test);
            channel.Send(result);
            if (result.Outcome is RunOutcome.TimeLimit or RunOutcome.MemoryLimit)
            {
                // The test's thread may still be running or the heap may be exhausted: this process is spent.
                return 0;
            }
        }
        return 0;
    }
}
