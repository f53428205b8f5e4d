using System.Buffers;
using System.Diagnostics;
using Judge.Core.Problems;
using Judge.Core.Protocol;
using Judge.Sandbox;

namespace Judge.Engine.Running;

/// <summary>
/// Runs a compiled submission's tests in sandboxed runner processes. A runner that dies or stops mid-test
/// (crash, stack overflow, time-out, memory) ends that test with a verdict; the rest of its group is skipped
/// and a fresh runner takes the next group, so one bad test never hides the others.
/// </summary>
public sealed class SandboxRunner(RunnerPool pool, RunnerOptions options, JudgeMetrics metrics)
{
    private static readonly RunEvent BrokeTheProtocol =
        new(RunEventType.Fatal, -1, RunOutcome.SetupError, Message: "The runner broke the protocol.", PublicMessage: "The runner broke the protocol.");

    /// <summary>
    /// Buffers the runners' frames are read into. Each output is checked in its frame's buffer, so a large problem's
    /// outputs (megabytes a test) no longer take an array each on the large object heap. The pool keeps two
    /// buffers of each size up to 8 MB (at most about 32 MB in all); larger frames take a buffer of their own.
    /// </summary>
    private readonly ArrayPool<byte> frameBuffers = ArrayPool<byte>.Create(8 * 1024 * 1024, 2);

    /// <summary>
    /// Runs every test of the problem. <paramref name="onResult"/> hears each result as it comes, and is the only
    /// one to see its output: the bytes live in a buffer the next frame reuses, so the results returned carry none.
    /// <paramref name="onRunning"/> hears once that a runner holds the submission, which is then running while the
    /// caller records it (a status write before the run would delay every verdict by that write).
    /// </summary>
    public async Task<IReadOnlyList<RawResult>> RunAsync(
        Problem problem, CompileResponse compiled, Action<RawResult> onResult, Action? onRunning = null, CancellationToken cancel = default)
    {
        var clock = Stopwatch.StartNew();
        try
        {
            var running = OnlyOnce(onRunning);
            // A runner that fails before it is sent its request still reports its tests: they come after "running".
            return await RunAllAsync(problem, compiled, result => { running(); onResult(result); }, running, cancel);
        }
        finally
        {
            metrics.Ran(clock.Elapsed);
            pool.Refill();
        }
    }

    private static Action OnlyOnce(Action? action)
    {
        var done = action is null;
        return () =>
        {
            if (!done)
            {
                done = true;
                action!();
            }
        };
    }

    private async Task<IReadOnlyList<RawResult>> RunAllAsync(
        Problem problem, CompileResponse compiled, Action<RawResult> onResult, Action onRunning, CancellationToken cancel)
    {
        var tests = problem.AllTests.ToList();
        var results = new RawResult?[tests.Count];
        var next = 0;
        while (next < tests.Count)
        {
            var batch = Enumerable.Range(next, tests.Count - next).ToList();
            var stop = await RunBatchAsync(problem, compiled, tests, batch, results, onResult, onRunning, cancel);
            if (stop is not { } culprit)
            {
                break;
            }
            // Skip the rest of the culprit's group; the next group starts in a fresh runner.
            next = culprit + 1;
            while (next < tests.Count && tests[next].Group == tests[culprit].Group)
            {
                Record(results, next, RawResult.FromHost(tests[next], RunOutcome.Completed, 0, 0, "Skipped: an earlier test in this group failed.") with { Skipped = true }, onResult);
                next++;
            }
        }
        return results.Select((r, i) => r ?? RawResult.FromHost(tests[i], RunOutcome.SetupError, 0, 0, "The runner stopped before this test.")).ToList();
    }

    /// <summary>Runs tests from <paramref name="batch"/> in one runner; returns the index it stopped at, or null when all finished.</summary>
    private async Task<int?> RunBatchAsync(
        Problem problem, CompileResponse compiled, List<TestCase> tests, List<int> batch,
        RawResult?[] results, Action<RawResult> onResult, Action onRunning, CancellationToken cancel)
    {
        var limits = problem.Limits;
        var runner = pool.Take(limits.MemoryMb, CpuSecondsFor(limits, batch.Count), problem.Kind);
        try
        {
            return await DriveAsync(runner, problem, compiled, tests, batch, results, onResult, onRunning, cancel);
        }
        finally
        {
            // Every outcome leaves the runner spent: it exits by itself after its last test, and the pool cleans
            // up after it off this submission's path (or kills it, if it lingers).
            pool.Retire(runner);
        }
    }

    private async Task<int?> DriveAsync(
        SandboxedProcess runner, Problem problem, CompileResponse compiled, List<TestCase> tests, List<int> batch,
        RawResult?[] results, Action<RawResult> onResult, Action onRunning, CancellationToken cancel)
    {
        var limits = problem.Limits;
        var request = new RunRequest(
            compiled.Assembly!, compiled.Symbols, problem.Kind, problem.Entry, limits.TimeMs,
            options.OutputLimitBytes, problem.StackSizeKb,
            batch.Select(i => new RunTest(i, tests[i].InputUtf8)).ToList());
        var reading = new BatchReading(batch.Count);
        using var watchdog = new CancellationTokenSource();
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancel, watchdog.Token);
        // A blocking read cannot be cancelled; the runner's end ends it: the pipe closes with the sandbox.
        using var stopOnDeadline = linked.Token.Register(static r => StopQuietly((SandboxedProcess)r!), runner);
        try
        {
            watchdog.CancelAfter(options.StartupTimeoutMs);
            await Frames.WriteRunRequestAsync(runner.Input, request, linked.Token);
            runner.Input.Close();
            onRunning();
            // Read until every test has finished: the runner's exit is not this submission's business.
            var read = OwnThread.Run("judge-results", () => ReadResults(runner, tests, batch, limits, reading, watchdog, linked.Token, results, onResult));
            await Task.WhenAny(read, Task.Delay(Timeout.Infinite, linked.Token));
            // Should anything in the sandbox outlive the deadline's kill and hold the pipe open, it is stopped again.
            while (!read.IsCompleted && await Task.WhenAny(read, Task.Delay(1000, CancellationToken.None)) != read)
            {
                StopQuietly(runner);
            }
            var stop = await read;
            cancel.ThrowIfCancellationRequested();
            if (stop is not null)
            {
                return stop;
            }
        }
        catch (OperationCanceledException) when (watchdog.IsCancellationRequested && !cancel.IsCancellationRequested)
        {
            // The request was not taken in time; the runner is being stopped.
        }
        catch (Exception e) when (e is IOException or InvalidDataException)
        {
            runner.Kill();
        }
        cancel.ThrowIfCancellationRequested();

        if (reading.StoppedInTest is { } hung)
        {
            Record(results, hung, RawResult.FromHost(tests[hung], RunOutcome.TimeLimit, limits.TimeMs, 0, $"Still running after {limits.TimeMs} ms; the judge stopped it."), onResult);
            return hung;
        }
        if (reading.Unfinished == 0 && reading.Fatal is null)
        {
            return null;
        }
        await runner.WaitForExitAsync(CancellationToken.None);
        if (reading.Current is { } culprit)
        {
            Record(results, culprit, await Crash(tests[culprit], runner), onResult);
            return culprit;
        }
        var fatal = reading.Fatal;
        if (fatal is not null || batch.Any(i => results[i] is null))
        {
            foreach (var i in batch.Where(i => results[i] is null))
            {
                Record(results, i, fatal is null
                    ? RawResult.FromHost(tests[i], RunOutcome.SetupError, 0, 0, "The runner ended before this test.")
                    : new RawResult(tests[i], RunOutcome.SetupError, null, 0, 0, fatal.Message) { PublicMessage = fatal.PublicMessage }, onResult);
            }
        }
        return null;
    }

    /// <summary>What the reading of one runner's frames has seen so far.</summary>
    private sealed class BatchReading(int tests)
    {
        /// <summary>The test that started and has not finished.</summary>
        public int? Current { get; set; }

        /// <summary>The test that was running when the deadline stopped the runner.</summary>
        public int? StoppedInTest { get; set; }

        public RunEvent? Fatal { get; set; }

        public int Unfinished { get; set; } = tests;
    }

    /// <summary>
    /// Stops a runner from a cancellation callback, where an exception would escape into the timer's thread (or the
    /// host's shutdown) instead of this submission. What stays running, the pool stops when the runner is retired.
    /// </summary>
    private static void StopQuietly(SandboxedProcess runner)
    {
        try
        {
            runner.Kill();
        }
        catch (Exception)
        {
            // Whatever it was (a signal refused, a cgroup file gone), Retire kills again and removes the cgroup.
        }
    }

    /// <summary>
    /// Reads the runner's frames until every test has finished, the runner ends or breaks the protocol, or a test
    /// ends the batch (returned). It blocks on the pipe, on a thread of its own, so that a frame wakes one thread:
    /// read asynchronously, each frame woke the socket engine's thread and then a pool thread (the host's context
    /// switches per small submission: about 170 then, 60-85 now). A deadline ends the read by stopping the runner.
    /// </summary>
    private int? ReadResults(
        SandboxedProcess runner, List<TestCase> tests, List<int> batch, ProblemLimits limits, BatchReading reading,
        CancellationTokenSource watchdog, CancellationToken stop, RawResult?[] results, Action<RawResult> onResult)
    {
        using var frames = new FrameBuffer(frameBuffers);
        while (reading.Unfinished > 0)
        {
            var message = ReadUnlessStopped(runner, frames, stop);
            if (stop.IsCancellationRequested)
            {
                // Whatever arrives after the deadline (the next test's start, written with the last result) is not
                // the runner's word: the test it was in when the deadline came is the one that timed out.
                reading.StoppedInTest = reading.Current;
                return null;
            }
            if (message is null)
            {
                return null;
            }
            switch (message.Type)
            {
                case RunEventType.Started when batch.Contains(message.Index):
                    reading.Current = message.Index;
                    watchdog.CancelAfter(limits.TimeMs + GraceFor(tests[message.Index]));
                    break;
                case RunEventType.Finished when message.Index == reading.Current:
                    // Between tests only the judge's own code runs (here and in the runner); the next Started sets the next deadline.
                    watchdog.CancelAfter(options.StartupTimeoutMs);
                    Record(results, message.Index, new RawResult(tests[message.Index], message.Outcome, message.OutputUtf8, message.TimeMs, message.MemoryKb, message.Message)
                    {
                        PublicMessage = message.PublicMessage,
                    }, onResult);
                    reading.Current = null;
                    reading.Unfinished--;
                    if (message.Outcome is RunOutcome.TimeLimit or RunOutcome.MemoryLimit)
                    {
                        return message.Index;
                    }
                    break;
                case RunEventType.Fatal:
                    reading.Fatal = message;
                    break;
                default:
                    // Out-of-order or unknown frames mean the runner is not to be trusted any further.
                    reading.Fatal = BrokeTheProtocol;
                    runner.Kill();
                    break;
            }
        }
        return null;
    }

    /// <summary>The next frame; null at the end of the stream, or when the stream broke because the runner was stopped.</summary>
    private static RunEvent? ReadUnlessStopped(SandboxedProcess runner, FrameBuffer frames, CancellationToken stop)
    {
        try
        {
            return Frames.Read<RunEvent>(runner.Output, frames);
        }
        catch (IOException) when (stop.IsCancellationRequested)
        {
            return null;
        }
    }

    /// <summary>Explains why the runner died in the middle of a test.</summary>
    private static async Task<RawResult> Crash(TestCase test, SandboxedProcess runner)
    {
        var stderr = await runner.StderrAsync();
        var memoryKb = runner.PeakMemoryBytes / 1024;
        if (runner.MemoryLimitHit)
        {
            return RawResult.FromHost(test, RunOutcome.MemoryLimit, 0, memoryKb, "The memory limit was reached; the process was stopped.");
        }
        var message = stderr.Contains("Stack overflow", StringComparison.Ordinal)
            ? "Stack overflow: the recursion is too deep."
            : $"The program ended during this test (exit code {runner.ExitCode}).";
        return RawResult.FromHost(test, RunOutcome.Exception, 0, memoryKb, message);
    }

    /// <summary>
    /// Time past the limit before the host stops a runner that has not reported a test's end. It covers the
    /// runner's untimed work around the call (reading a large input, writing the output), so it grows with the input.
    /// </summary>
    private int GraceFor(TestCase test) => options.TestGraceMs + test.InputUtf8.Length / 1024;

    private static int CpuSecondsFor(Core.Problems.ProblemLimits limits, int tests) =>
        (int)Math.Ceiling((double)limits.TimeMs * tests / 1000) * 2 + 10;

    /// <summary>The output is the caller's to check now: kept, it would point into a frame buffer read over since.</summary>
    private static void Record(RawResult?[] results, int index, RawResult result, Action<RawResult> onResult)
    {
        onResult(result);
        results[index] = result.Output is null ? result : result with { Output = null };
    }
}
