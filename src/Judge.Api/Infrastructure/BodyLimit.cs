namespace Judge.Api.Infrastructure;

/// <summary>Endpoint metadata: this endpoint takes bodies up to <paramref name="Bytes"/>, past the service-wide limit.</summary>
public sealed record BodyLimit(long Bytes);
