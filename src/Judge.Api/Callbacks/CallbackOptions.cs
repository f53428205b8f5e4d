namespace Judge.Api.Callbacks;

/// <summary>How finished results are delivered to a submission's <c>callbackUrl</c>. Bound from the <c>Callbacks</c> section.</summary>
public sealed class CallbackOptions
{
    public const string Section = "Callbacks";

    /// <summary>When set, each delivery carries <c>X-Judge-Signature: sha256=HMAC(secret, timestamp + "." + body)</c>.</summary>
    public string? Secret { get; set; }

    /// <summary>Deliveries tried before giving up (the first one included).</summary>
    public int MaxAttempts { get; set; } = 6;

    /// <summary>Wait before the first retry; each later retry waits twice as long as the one before.</summary>
    public int FirstRetryDelayMs { get; set; } = 1000;

    /// <summary>Longest a receiver may take to answer one delivery.</summary>
    public int TimeoutMs { get; set; } = 10_000;
}
