namespace Judge.Api.Access;

/// <summary>
/// API keys and rate limits, bound from the <c>Access</c> section. With no keys the service is open (for
/// local use) and says so at start. Keys are stored as SHA-256 hashes: <c>judge hash-key</c> prints one.
/// </summary>
public sealed class AccessOptions
{
    public const string Section = "Access";

    public List<ApiKeyOptions> Keys { get; set; } = [];

    /// <summary>Requests each key may make per minute, unless the key sets its own.</summary>
    public int PermitsPerMinute { get; set; } = 600;
}

public sealed class ApiKeyOptions
{
    /// <summary>Who the key belongs to; submissions made with it are owned by this name.</summary>
    public string Name { get; set; } = "";

    /// <summary>Lower-case hex SHA-256 of the key. The key itself is never stored.</summary>
    public string Sha256 { get; set; } = "";

    public Role Role { get; set; } = Role.Submitter;

    public int? PermitsPerMinute { get; set; }
}

/// <summary>What a caller may do. Each role includes the ones before it.</summary>
public enum Role
{
    /// <summary>Submits, and sees its own submissions only.</summary>
    Submitter,

    /// <summary>Also runs batches and sees every submission and result.</summary>
    Grader,

    /// <summary>Everything.</summary>
    Admin,
}
