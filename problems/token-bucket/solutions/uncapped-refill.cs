// Wrong: forgets the capacity when refilling, so a long pause saves up an unlimited burst.
public class TokenBucket
{
    private readonly double refillPerSecond;
    private readonly IClock clock;
    private double tokens;
    private long last;

    public TokenBucket(int capacity, double refillPerSecond, IClock clock)
    {
        this.refillPerSecond = refillPerSecond;
        this.clock = clock;
        tokens = capacity;
        last = clock.NowMs;
    }

    public bool AllowRequest()
    {
        var now = clock.NowMs;
        tokens += (now - last) * refillPerSecond / 1000.0;
        last = now;
        if (tokens < 1) return false;
        tokens--;
        return true;
    }
}
