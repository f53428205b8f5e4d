using Judge.Core.Problems;
using Judge.Core.Protocol;

namespace Judge.Engine.Running;

/// <summary>What happened to one test in the sandbox, before the checker looks at the output.</summary>
public sealed record RawResult(TestCase Test, RunOutcome Outcome, string? Output, double TimeMs, long MemoryKb, string? Message)
{
    /// <summary>Marks a test that did not run because an earlier test in its group crashed or timed out.</summary>
    public bool Skipped { get; init; }

}
