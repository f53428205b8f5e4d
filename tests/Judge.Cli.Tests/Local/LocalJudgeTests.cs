using Judge.Cli.Grading;
using Judge.Cli.Local;
using Judge.Cli.Tests.Infrastructure;
using Judge.Core.Verdicts;

namespace Judge.Cli.Tests.Local;

/// <summary>Ctrl+C during a local batch: what finished is kept, the rest is reported as not judged.</summary>
public sealed class LocalJudgeTests
{
    [Fact]
    public async Task GradeAsync_CancelledAfterTheFirstResult_KeepsItAndLeavesTheRestNotJudged()
    {
        using var judge = LocalJudge.Open(problemsFolder: null, warn: _ => { });
        using var stop = new CancellationTokenSource();
        CandidateSolution[] solutions =
        [
            new("alice", "valid-palindrome", Sources.Palindrome),
            new("bob", "valid-palindrome", Sources.PalindromeCaseSensitive),
        ];

        var outcome = await judge.GradeAsync(new GradeRequest("interview", solutions, Workers: 1), new StopAfterFirst(stop), stop.Token);

        Assert.True(outcome.Interrupted);
        Assert.Equal(Verdict.Accepted, outcome.Report.CellOf("alice", "valid-palindrome")?.Verdict);
        var bob = outcome.Report.CellOf("bob", "valid-palindrome");
        Assert.NotNull(bob);
        Assert.Null(bob.Verdict);
        Assert.Contains("1 of 2 not judged", outcome.Report.Title);
    }

    /// <summary>Presses Ctrl+C as soon as one solution is judged.</summary>
    private sealed class StopAfterFirst(CancellationTokenSource stop) : IGradeListener
    {
        public void Started(string? batchId, int total)
        {
        }

        public void Progressed(GradeTally tally)
        {
            if (tally.Completed == 1)
            {
                stop.Cancel();
            }
        }
    }
}
