using System.ComponentModel.DataAnnotations;

namespace Judge.Api.Infrastructure;

/// <summary>The service's own settings. Bound from the <c>Judge</c> configuration section (e.g. <c>Judge__Workers=4</c>).</summary>
public sealed class JudgeOptions
{
    public const string Section = "Judge";

    /// <summary>The problem bank; the bundled <c>problems/</c> folder when empty.</summary>
    public string? ProblemsPath { get; set; }

    /// <summary>Submissions judged at the same time.</summary>
    [Range(1, 256)]
    public int Workers { get; set; } = Math.Max(1, Environment.ProcessorCount);

    /// <summary>Submissions that may wait in the queue; past it, new ones get 503 with Retry-After.</summary>
    [Range(1, 1_000_000)]
    public int QueueCapacity { get; set; } = 1000;

    /// <summary>Longest a <c>?wait=true</c> request waits for the verdict before answering 202.</summary>
    [Range(0, 600_000)]
    public int MaxWaitMs { get; set; } = 30_000;

    /// <summary>Largest source accepted, in bytes of UTF-8.</summary>
    [Range(1, 10_000_000)]
    public int MaxSourceBytes { get; set; } = 64 * 1024;

    /// <summary>Most solutions one batch may hold.</summary>
    [Range(1, 100_000)]
    public int MaxBatchSubmissions { get; set; } = 1000;

    /// <summary>Largest batch upload (zip or JSON), in bytes.</summary>
    [Range(1, 1_000_000_000)]
    public int MaxBatchBytes { get; set; } = 32 * 1024 * 1024;
}
