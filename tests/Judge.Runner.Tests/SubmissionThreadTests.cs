using System.Diagnostics;
using Judge.Core.Problems;
using Judge.Core.Protocol;

namespace Judge.Runner.Tests;

/// <summary>Tests run on the submission's thread while the caller's thread watches their time.</summary>
public sealed class SubmissionThreadTests
{
    private const string Spinner =
        "public class Solution { public int F(int ms) { var w = System.Diagnostics.Stopwatch.StartNew(); while (w.ElapsedMilliseconds < ms) { } return ms; } }";

    [Fact]
    public void Run_CallPastItsLimit_IsReportedWhileItStillRuns()
    {
        var harness = Harnesses.For(ProblemKind.Function, new EntryPoint("Solution", "F"), Spinner);
        var executor = new TestExecutor(timeLimitMs: 200, outputLimitBytes: 1000);
        var clock = Stopwatch.StartNew();

        var overrun = new SubmissionThread(1024).Run(executor, () => executor.Execute(harness, new RunTest(7, "[1500]")));

        Assert.NotNull(overrun);
        Assert.Equal((RunEventType.Finished, 7, RunOutcome.TimeLimit), (overrun.Type, overrun.Index, overrun.Outcome));
        Assert.Equal("Still running after 200 ms.", overrun.Message);
        // Reported at the limit and its grace, not when the call ends.
        Assert.InRange(clock.ElapsedMilliseconds, 250, 1000);
    }

    [Fact]
    public void Run_CallsWithinTheLimit_EndWithoutAnOverrun()
    {
        var harness = Harnesses.For(ProblemKind.Function, new EntryPoint("Solution", "F"), Spinner);
        var executor = new TestExecutor(timeLimitMs: 200, outputLimitBytes: 1000);
        var results = new List<RunEvent>();

        var overrun = new SubmissionThread(1024).Run(executor, () =>
        {
            for (var i = 0; i < 5; i++)
            {
                results.Add(executor.Execute(harness, new RunTest(i, "[60]")));
            }
        });

        Assert.Null(overrun);
        Assert.All(results, r => Assert.Equal(RunOutcome.Completed, r.Outcome));
        Assert.Equal(5, results.Count);
    }

    [Fact]
    public void Run_JudgesOwnException_IsThrownToTheCaller()
    {
        var executor = new TestExecutor(timeLimitMs: 200, outputLimitBytes: 1000);

        var thrown = Assert.Throws<InvalidOperationException>(() => new SubmissionThread(256).Run(executor, () => throw new InvalidOperationException("judge bug")));

        Assert.Equal("judge bug", thrown.Message);
    }

    [Fact]
    public void Run_WorkRunsOnTheSubmissionThread()
    {
        var executor = new TestExecutor(timeLimitMs: 200, outputLimitBytes: 1000);
        var name = "";

        new SubmissionThread(256).Run(executor, () => name = Thread.CurrentThread.Name!);

        Assert.Equal("submission", name);
    }

    /// <summary>The warm-up's thread waits for the run's work and serves it, so a runner starts no second thread.</summary>
    [Fact]
    public void Run_OneThreadServesOneRunAfterAnother()
    {
        var thread = new SubmissionThread(256);
        var ids = new List<int>();

        Assert.Null(thread.Run(new TestExecutor(timeLimitMs: 200, outputLimitBytes: 1000), () => ids.Add(Environment.CurrentManagedThreadId)));
        Assert.Null(thread.Run(new TestExecutor(timeLimitMs: 200, outputLimitBytes: 1000), () => ids.Add(Environment.CurrentManagedThreadId)));
        var thrown = Assert.Throws<InvalidOperationException>(() => thread.Run(new TestExecutor(200, 1000), () => throw new InvalidOperationException("judge bug")));
        Assert.Null(thread.Run(new TestExecutor(timeLimitMs: 200, outputLimitBytes: 1000), () => ids.Add(Environment.CurrentManagedThreadId)));

        Assert.Equal("judge bug", thrown.Message);
        Assert.Equal(3, ids.Count);
        Assert.Single(ids.Distinct());
        Assert.NotEqual(Environment.CurrentManagedThreadId, ids[0]);
    }
}
