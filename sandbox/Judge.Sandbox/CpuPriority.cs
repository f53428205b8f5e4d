namespace Judge.Sandbox;

/// <summary>How much of a busy CPU a worker's group gets.</summary>
public enum CpuPriority
{
    /// <summary>As much as any host process: the default, with no CPU group of its own.</summary>
    Normal,

    /// <summary>
    /// Only CPU that nothing at normal priority wants: runners warming up in the pool must not slow the
    /// submissions being judged meanwhile. Raised to normal when the runner is given a submission.
    /// </summary>
    Background,
}
