// Wrong: refills only for whole elapsed seconds but still moves the refill time to now, so the fraction of a
// second since the last call is lost and frequent callers never get tokens back.
public class TokenBucket
{
    private readonly int capacity;
    private readonly double refillPerSecond;
    private readonly IClock clock;
    private double tokens;
    private long last;

    public TokenBucket(int capacity, double refillPerSecond, IClock clock)
    {
        this.capacity = capacity;
        this.refillPerSecond = refillPerSecond;
        this.clock = clock;
        tokens = capacity;
        last = clock.NowMs;
    }

    public bool AllowRequest()
    {
        var now = clock.NowMs;
        var seconds = (now - last) / 1000;
        tokens = Math.Min(capacity, tokens + seconds * refillPerSecond);
        last = now;
        if (tokens < 1) return false;
        tokens--;
        return true;
    }
}
