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
            return Finished(test, RunOutcome.Exception, message: e.Message, publicMessage: e.PublicMessage);
        }
        catch (Exception e)
        {
            // The reader's message may quote the input, so a hidden test shows only the first sentence.
            const string CouldNotPass = "The judge could not pass this test's input.";
            return Finished(test, RunOutcome.SetupError, message: $"{CouldNotPass} {e.Message}", publicMessage: CouldNotPass);
        }

        var stdout = new CappedWriter(outputLimitBytes);
        Console.SetOut(stdout);
        thread ??= new SubmissionThread(stackSizeKb);
        if (!thread.Run(call, timeLimitMs + 50))
        {
            // The call is still running on the thread: it can never be reused.
            thread = null;
            return stdout.Overflowed
                ? JudgesOwn(test, RunOutcome.OutputLimit, timeLimitMs, $"Printed more than {outputLimitBytes} characters.")
                : JudgesOwn(test, RunOutcome.TimeLimit, timeLimitMs, $"Still running after {timeLimitMs} ms.");
        }
        var (result, failure, elapsed) = (thread.Result, thread.Failure, thread.Elapsed);
        var timeMs = elapsed.TotalMilliseconds;
        if (outOfMemorySeen || failure is OutOfMemoryException)
        {
            return JudgesOwn(test, RunOutcome.MemoryLimit, timeMs, "The memory limit was reached.");
        }
        if (stdout.Overflowed)
        {
            return JudgesOwn(test, RunOutcome.OutputLimit, timeMs, $"Printed more than {outputLimitBytes} characters.");
        }
        if (timeMs > timeLimitMs)
        {
            return JudgesOwn(test, RunOutcome.TimeLimit, timeMs, $"Took {timeMs:0} ms; the limit is {timeLimitMs} ms.");
        }
        if (failure is not null)
        {
            var report = ExceptionReport.Describe(failure);
            return Finished(test, RunOutcome.Exception, timeMs: timeMs, message: report.Message, publicMessage: report.PublicMessage);
        }

        string output;
        try
        {
            output = harness.Render(result, stdout.ToString());
        }
        catch (Exception e)
        {
            // Reading the result runs the submission's code too (an enumerator, a property), so the same care applies.
            var report = ExceptionReport.Describe(e);
            return Finished(test, RunOutcome.Exception, timeMs: timeMs,
                message: $"The judge could not read the result: {report.Message}",
                publicMessage: $"The judge could not read the result: {report.PublicMessage}");
        }
        return output.Length > outputLimitBytes
            ? JudgesOwn(test, RunOutcome.OutputLimit, timeMs, $"The result is longer than {outputLimitBytes} characters.")
            : Finished(test, RunOutcome.Completed, output, timeMs);
    }

    public void Dispose() => thread?.Dispose();

    private static RunEvent Finished(
        RunTest test, RunOutcome outcome, string? output = null, double timeMs = 0, string? message = null, string? publicMessage = null) =>
        new(RunEventType.Finished, test.Index, outcome, output, Math.Round(timeMs, 3), PeakMemory.Kilobytes(), message, publicMessage);

    /// <summary>A test ended with a message in the judge's words alone, which every test may show.</summary>
    private static RunEvent JudgesOwn(RunTest test, RunOutcome outcome, double timeMs, string message) =>
        Finished(test, outcome, timeMs: timeMs, message: message, publicMessage: message);
}
