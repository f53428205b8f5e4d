namespace Judge.Api.Storage;

/// <summary>Where the database lives. Bound from the <c>Storage</c> section (e.g. <c>Storage__DataPath=/var/lib/judge</c>).</summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    /// <summary>The data folder; <c>data/</c> under the service's content root when empty. Holds <c>judge.db</c>.</summary>
    public string? DataPath { get; set; }
}
