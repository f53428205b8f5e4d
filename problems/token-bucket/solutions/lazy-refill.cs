public class TokenBucket
{
    private readonly int capacity;
    private readonly double refillPerMs;
    private readonly IClock clock;
    private double tokens;
    private long lastRefillMs;

    public TokenBucket(int capacity, double refillPerSecond, IClock clock)
    {
        this.capacity = capacity;
        refillPerMs = refillPerSecond / 1000.0;
        this.clock = clock;
        tokens = capacity;
        lastRefillMs = clock.NowMs;
    }

    public bool AllowRequest()
    {
        Refill();
        if (tokens < 1)
        {
            return false;
        }
        tokens -= 1;
        return true;
    }

    // Adds what accumulated since the last call, all at once: O(1) however much time passed.
    private void Refill()
    {
        var now = clock.NowMs;
        var elapsed = now - lastRefillMs;
        if (elapsed > 0)
        {
            tokens = Math.Min(capacity, tokens + elapsed * refillPerMs);
            lastRefillMs = now;
        }
    }
}
