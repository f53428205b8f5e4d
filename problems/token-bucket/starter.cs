// IClock is supplied by the judge:
// public interface IClock { long NowMs { get; } }

public class TokenBucket
{
    public TokenBucket(int capacity, double refillPerSecond, IClock clock)
    {
        
    }

    public bool AllowRequest()
    {
        
    }
}
