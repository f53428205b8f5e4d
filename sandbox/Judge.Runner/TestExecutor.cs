using System.Diagnostics;
using Judge.Core.Protocol;
using Judge.Runner.Harness;

namespace Judge.Runner;

/// <summary>
/// Runs each test on the calling thread (the submission's, see <see cref="SubmissionThread"/>), times the call alone, and
/// reports what happened. The reported time is the wall-clock time of the submission's call, not of reading the input or
/// writing the output. A call that overruns its limit is caught by <see cref="Watch"/>, which another thread runs: that
/// thread waits without being woken for every call (the calls only note when they start), where handing each call over
/// to a thread of its own and back woke a sleeping thread twice a test.
/// </summary>
public sealed class TestExecutor(int timeLimitMs, int outputLimitBytes)
{
    /// <summary>How long a call may run past the limit before the watch reports it (the runner then exits): the call's own clock decides below that.</summary>
    private const int OverrunGraceMs = 50;

    /// <summary>How often the watch looks, while no call runs, whether one has started.</summary>
    private const int WatchIntervalMs = 20;

    /// <summary>Guards the running call's fields, which <see cref="Watch"/> reads from its own thread.</summary>
    private readonly object gate = new();
    private RunTest? runningTest;
    private CappedWriter? runningStdout;
    private long runningSince;
    private RunEvent? overrun;

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
        object? result = null;
        Exception? failure = null;
        var started = Start(test, stdout);
        try
        {
            result = call();
        }
        catch (Exception e)
        {
            failure = e;
        }
        var timeMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        if (Finish() is { } overran)
        {
            // The watch has already reported this call: the runner is on its way out.
            return overran;
        }
        if (outOfMemorySeen || failure is OutOfMemoryException)
        {
            return JudgesOwn(test, RunOutcome.MemoryLimit, timeMs, "The memory limit was reached.");
        }
        if (stdout.Overflowed)
        {
            return PrintedTooMuch(test, timeMs);
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

    /// <summary>
    /// Watches the calls that another thread makes through this executor until <paramref name="done"/> is set. Returns
    /// the result for a call that has run past its limit and grace (the runner then reports it and exits, since the call
    /// cannot be stopped), or null when the work ended first.
    /// </summary>
    public RunEvent? Watch(ManualResetEventSlim done)
    {
        var wait = WatchIntervalMs;
        while (!done.Wait(wait))
        {
            lock (gate)
            {
                wait = WatchIntervalMs;
                if (runningTest is not { } test)
                {
                    continue;
                }
                var left = timeLimitMs + OverrunGraceMs - Stopwatch.GetElapsedTime(runningSince).TotalMilliseconds;
                if (left > 0)
                {
                    wait = (int)Math.Ceiling(left);
                    continue;
                }
                overrun = runningStdout!.Overflowed
                    ? PrintedTooMuch(test, timeLimitMs)
                    : JudgesOwn(test, RunOutcome.TimeLimit, timeLimitMs, $"Still running after {timeLimitMs} ms.");
                return overrun;
            }
        }
        return null;
    }

    /// <summary>Notes the call about to run, for the watch; returns when it starts, which times the call too.</summary>
    private long Start(RunTest test, CappedWriter stdout)
    {
        lock (gate)
        {
            (runningTest, runningStdout, runningSince) = (test, stdout, Stopwatch.GetTimestamp());
            return runningSince;
        }
    }

    /// <summary>Ends the running call; the watch's result instead, when it has already given up on the call.</summary>
    private RunEvent? Finish()
    {
        lock (gate)
        {
            (runningTest, runningStdout) = (null, null);
            return overrun;
        }
    }

    private static RunEvent Finished(
        RunTest test, RunOutcome outcome, string? output = null, double timeMs = 0, string? message = null, string? publicMessage = null) =>
        new(RunEventType.Finished, test.Index, outcome, output, Math.Round(timeMs, 3), PeakMemory.Kilobytes(), message, publicMessage);

    private RunEvent PrintedTooMuch(RunTest test, double timeMs) =>
        JudgesOwn(test, RunOutcome.OutputLimit, timeMs, $"Printed more than {outputLimitBytes} characters.");

    /// <summary>A test ended with a message in the judge's words alone, which every test may show.</summary>
    private static RunEvent JudgesOwn(RunTest test, RunOutcome outcome, double timeMs, string message) =>
        Finished(test, outcome, timeMs: timeMs, message: message, publicMessage: message);
}
