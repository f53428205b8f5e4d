using System.ComponentModel.DataAnnotations;

namespace Judge.Api.Editor;

/// <summary>Limits of the editor endpoints (diagnostics and runs). Bound from the <c>Editor</c> configuration section.</summary>
public sealed class EditorOptions
{
    public const string Section = "Editor";

    /// <summary>Most tests of the user's own a run may bring.</summary>
    [Range(1, 1000)]
    public int MaxTests { get; set; } = 20;

    /// <summary>Largest input of one such test, in bytes of UTF-8.</summary>
    [Range(1, 1024 * 1024)]
    public int MaxTestInputBytes { get; set; } = 64 * 1024;

    /// <summary>Diagnostics requests compiled at once; more wait in line (up to <see cref="QueueLimit"/>).</summary>
    [Range(1, 256)]
    public int ConcurrentChecks { get; set; } = Math.Max(1, Environment.ProcessorCount);

    /// <summary>Runs at once; more wait in line (up to <see cref="QueueLimit"/>).</summary>
    [Range(1, 256)]
    public int ConcurrentRuns { get; set; } = Math.Max(1, Environment.ProcessorCount);

    /// <summary>Requests of each kind that may wait for a turn; past it, new ones get 503 with Retry-After.</summary>
    [Range(0, 10_000)]
    public int QueueLimit { get; set; } = 32;
}
