using Judge.Core.Problems;
using Judge.Core.Protocol;

namespace Judge.Engine.Running;

/// <summary>What happened to one test in the sandbox, before the checker looks at the output (UTF-8, as the runner sent it).</summary>
public sealed record RawResult(TestCase Test, RunOutcome Outcome, ReadOnlyMemory<byte>? Output, double TimeMs, long MemoryKb, string? Message)
{
    /// <summary>Marks a test that did not run because an earlier test in its group crashed or timed out.</summary>
    public bool Skipped { get; init; }

    /// <summary>
    /// What a hidden test may show of <see cref="Message"/> (see <see cref="RunEvent.PublicMessage"/>); null when
    /// nothing of it may be shown.
    /// </summary>
    public string? PublicMessage { get; init; }

    /// <summary>A result the host writes in its own words, with nothing of the submission's or the input's in it.</summary>
    public static RawResult FromHost(TestCase test, RunOutcome outcome, double timeMs, long memoryKb, string message) =>
        new(test, outcome, null, timeMs, memoryKb, message) { PublicMessage = message };
}
