using System.Threading.RateLimiting;

namespace Judge.Api.Access;

/// <summary>
/// Takes at most one permit from <paramref name="inner"/> per request. The rate limiting middleware asks its
/// global limiter twice when the endpoint's limiter cannot admit the request at once (a first attempt, then a
/// wait), and a token bucket's permit is spent, not returned: without this, a request that waits its turn in
/// an editor line would cost its caller two permits.
/// </summary>
internal sealed class OnePermitPerRequest(PartitionedRateLimiter<HttpContext> inner) : PartitionedRateLimiter<HttpContext>
{
    private static readonly object Taken = new();

    public override RateLimiterStatistics? GetStatistics(HttpContext resource) => inner.GetStatistics(resource);

    protected override RateLimitLease AttemptAcquireCore(HttpContext resource, int permitCount) =>
        resource.Items.ContainsKey(Taken) ? AlreadyGranted.Instance : Remember(resource, inner.AttemptAcquire(resource, permitCount));

    protected override async ValueTask<RateLimitLease> AcquireAsyncCore(HttpContext resource, int permitCount, CancellationToken cancellationToken) =>
        resource.Items.ContainsKey(Taken) ? AlreadyGranted.Instance : Remember(resource, await inner.AcquireAsync(resource, permitCount, cancellationToken));

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }
    }

    protected override ValueTask DisposeAsyncCore() => inner.DisposeAsync();

    private static RateLimitLease Remember(HttpContext resource, RateLimitLease lease)
    {
        if (lease.IsAcquired)
        {
            resource.Items[Taken] = true;
        }
        return lease;
    }

    private sealed class AlreadyGranted : RateLimitLease
    {
        public static readonly AlreadyGranted Instance = new();

        public override bool IsAcquired => true;

        public override IEnumerable<string> MetadataNames => [];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = null;
            return false;
        }
    }
}
