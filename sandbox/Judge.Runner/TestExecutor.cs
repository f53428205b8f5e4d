using Judge.Core.Protocol;
using Judge.Runner.Harness;

namespace Judge.Runner;

/// <summary>
/// Runs each test on the submission's thread (with the problem's stack size), times the call alone, and reports
/// what happened. The reported time is the wall-clock time of the submission's call, not of reading
/// the input or writing the output.
/// </summary>
public sealed class TestExecutor(int timeLimitMs, int outputLimitBytes, int stackSizeKb) : IDisposable
{
    private SubmissionThread? thread;

    /// <summary>
    /// Set when an <see cref="OutOfMemoryException"/> is thrown anywhere, even if the submission catches it:
    /// hitting the memory limit is a verdict that user code cannot hide.
    /// </summary>
    private static volatile bool outOfMemorySeen;

    static TestExecutor()
    {
        AppDomain.CurrentDomain.FirstChanceException += (_, e) =>
        {
            if (e.Exception is OutOfMemoryException)
            {
                outOfMemorySeen = true;
            }
        };
    }

    public RunEvent Execute(ITestHarness harness, RunTest test)
    {
        Func<object?> call;
        try
        {
            call = harness.Prepare(test.Input);
        }
        catch (Harness.SubmissionShapeException e)
        {
            return Finished(test, RunOutcome.Exception, message: e.Message);
        }
        catch (Exception e)
        {
            return Finished(test, RunOutcome.SetupError, message: $"The judge could not pass this test's input: {e.Message}");
        }

        var stdout = new CappedWriter(outputLimitBytes);
        Console.SetOut(stdout);
        thread ??= new SubmissionThread(stackSizeKb);
        if (!thread.Run(call, timeLimitMs + 50))
        {
            // The call is still running on the thread: it can never be reused.
            thread = null;
            return stdout.Overflowed
                ? Finished(test, RunOutcome.OutputLimit, timeMs: timeLimitMs, message: $"Printed more than {outputLimitBytes} characters.")
                : Finished(test, RunOutcome.TimeLimit, timeMs: timeLimitMs, message: $"Still running after {timeLimitMs} ms.");
        }
        var (result, failure, elapsed) = (thread.Result, thread.Failure, thread.Elapsed);
        var timeMs = elapsed.TotalMilliseconds;
        if (outOfMemorySeen || failure is OutOfMemoryException)
        {
            return Finished(test, RunOutcome.MemoryLimit, timeMs: timeMs, message: "The memory limit was reached.");
        }
        if (stdout.Overflowed)
        {
            return Finished(test, RunOutcome.OutputLimit, timeMs: timeMs, message: $"Printed more than {outputLimitBytes} characters.");
        }
        if (timeMs > timeLimitMs)
        {
            return Finished(test, RunOutcome.TimeLimit, timeMs: timeMs, message: $"Took {timeMs:0} ms; the limit is {timeLimitMs} ms.");
        }
        if (failure is not null)
        {
            return Finished(test, RunOutcome.Exception, timeMs: timeMs, message: ExceptionReport.Describe(failure));
        }

        string output;
        try
        {
            output = harness.Render(result, stdout.ToString());
        }
        catch (Exception e)
        {
            return Finished(test, RunOutcome.Exception, timeMs: timeMs, message: $"The judge could not read the result: {e.Message}");
        }
        return output.Length > outputLimitBytes
            ? Finished(test, RunOutcome.OutputLimit, timeMs: timeMs, message: $"The result is longer than {outputLimitBytes} characters.")
            : Finished(test, RunOutcome.Completed, output, timeMs);
    }

    public void Dispose() => thread?.Dispose();

    private static RunEvent Finished(RunTest test, RunOutcome outcome, string? output = null, double timeMs = 0, string? message = null) =>
        new(RunEventType.Finished, test.Index, outcome, output, Math.Round(timeMs, 3), PeakMemory.Kilobytes(), message);
}
