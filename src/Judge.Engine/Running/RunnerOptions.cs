namespace Judge.Engine.Running;

/// <summary>Limits of the run beyond the problem's own. Bound from the <c>Runner</c> configuration section.</summary>
public sealed class RunnerOptions
{
    public const string Section = "Runner";

    /// <summary>Most characters a test's output (or its captured stdout) may have.</summary>
    public int OutputLimitBytes { get; set; } = 8 * 1024 * 1024;

    /// <summary>Time the runner may take to start and load the submission before the first test.</summary>
    public int StartupTimeoutMs { get; set; } = 15_000;

    /// <summary>Runners kept started and waiting (0 turns the pool off: every run starts its own process).</summary>
    public int PoolSize { get; set; } = Math.Max(1, Environment.ProcessorCount);

    /// <summary>The memory limit pooled runners are started with: the problems' default. Other limits start cold.</summary>
    public int PoolMemoryMb { get; set; } = Core.Problems.ProblemLimits.Default.MemoryMb;

    /// <summary>
    /// Extra time past a test's limit before the host kills a runner that did not report the test's end itself
    /// (plus 1 ms per KiB of input, for the runner's untimed reading and writing).
    /// </summary>
    public int TestGraceMs { get; set; } = 2_000;
}
