using Judge.Core.Protocol;
using Judge.Runner.Harness;

namespace Judge.Runner;

/// <summary>Loads the submission once and runs the requested tests in order.</summary>
public static class TestSession
{
    /// <param name="warmThread">The warm-up's submission thread, which serves when its stack is the size the problem asks for.</param>
    public static int Run(RunRequest request, ProtocolChannel channel, SubmissionThread? warmThread = null)
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

        var executor = new TestExecutor(request.TimeLimitMs, request.OutputLimitBytes);
        var thread = warmThread?.StackSizeKb == request.StackSizeKb ? warmThread : new SubmissionThread(request.StackSizeKb);
        if (thread.Run(executor, () => RunTests(request.Tests, harness, executor, channel)) is { } overrun)
        {
            channel.SendLast(overrun);
        }
        return 0;
    }

    /// <summary>On the submission's thread: each test's start, then its result together with the next test's start.</summary>
    private static void RunTests(IReadOnlyList<RunTest> tests, ITestHarness harness, TestExecutor executor, ProtocolChannel channel)
    {
        if (tests.Count > 0)
        {
            channel.Send(Started(tests[0]));
        }
        for (var i = 0; i < tests.Count; i++)
        {
            var result = executor.Execute(harness, tests[i]);
            if (result.Outcome is RunOutcome.TimeLimit or RunOutcome.MemoryLimit)
            {
                // The test's call may still be running or the heap may be exhausted: this process is spent.
                channel.SendLast(result);
                return;
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
    }

    private static RunEvent Started(RunTest test) => new(RunEventType.Started, test.Index);
}
