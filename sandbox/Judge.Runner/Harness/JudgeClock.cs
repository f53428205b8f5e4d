namespace Judge.Runner.Harness;

/// <summary>Moves the judge's <c>ManualClock</c> (compiled from the prelude into the submission) forward.</summary>
public static class JudgeClock
{
    public static object? Advance(object? clock, long milliseconds)
    {
        var now = clock?.GetType().GetProperty("NowMs") ?? throw new InvalidOperationException("This problem has no judge clock.");
        now.SetValue(clock, (long)now.GetValue(clock)! + milliseconds);
        return null;
    }
}
