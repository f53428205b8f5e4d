// Too slow: replays the refill one millisecond at a time, O(elapsed time) per call. Long pauses
// (hours of judge clock) make a single call run billions of iterations.
public class TokenBucket
{
    private readonly int capacity;
    private readonly double perMs;
    private readonly IClock clock;
    private double tokens;
    private long last;

    public TokenBucket(int capacity, double refillPerSecond, IClock clock)
    {
        this.capacity = capacity;
        perMs = refillPerSecond / 1000.0;
        this.clock = clock;
        tokens = capacity;
        last = clock.NowMs;
    }

    public bool AllowRequest()
    {
        var now = clock.NowMs;
        for (; last < now; last++)
        {
            tokens = Math.Min(capacity, tokens + perMs);
        }
        if (tokens < 1) return false;
        tokens--;
        return true;
    }
}
