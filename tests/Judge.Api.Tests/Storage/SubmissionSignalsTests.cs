using Judge.Api.Submissions;

namespace Judge.Api.Tests.Storage;

public sealed class SubmissionSignalsTests
{
    [Fact]
    public async Task Changed_WakesWhoeverTookTheChangeBefore()
    {
        var signals = new SubmissionSignals();
        var change = signals.NextChange("a");

        signals.Changed("a");

        await change.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.False(signals.NextChange("a").IsCompleted, "a new wait waits for the next change");
    }

    [Fact]
    public void ChangesOfOtherSubmissions_DoNotWakeIt()
    {
        var signals = new SubmissionSignals();
        var change = signals.NextChange("a");

        signals.Changed("b");

        Assert.False(change.IsCompleted);
    }
}
