// Long operation sequences (60 000 calls each) for the O(1)-per-call requirement. Runs once in the host with a
// fixed seed. Expected results come from an exact model: rates have one decimal, so with 1 token = 10 000 units
// every millisecond adds a whole number of units and the simulation is integer arithmetic. Requests that would
// land exactly on 1 token after a partial refill (a floating-point knife edge) are moved 1 ms later, and rates
// make 1000 / rate a multiple of 1/16 ms, so time-based solutions (GCRA) add their interval exactly.
const long Unit = 10_000;

void AddTest(string name, int capacity, double rate, int calls, Func<long> nextStep)
{
    var perMs = (long)Math.Round(rate * 10);
    if (perMs / 10.0 != rate || 16 * Unit % perMs != 0)
    {
        throw new ArgumentException($"Rate {rate} breaks the statement's constraints.");
    }
    var ops = new List<string> { "TokenBucket" };
    var args = new List<object[]> { new object[] { capacity, rate, "clock" } };
    var expected = new List<bool?> { null };
    long tokens = capacity * Unit, clock = 0, last = 0;
    var exact = true;
    // The bucket after `elapsed` ms, and whether its value is exact in floating point too (it was just capped,
    // or nothing but whole tokens was taken since it was).
    (long Tokens, bool Exact) Refill(long elapsed)
    {
        if (elapsed == 0)
        {
            return (tokens, exact);
        }
        var raw = tokens + elapsed * perMs;
        return raw > capacity * Unit ? (capacity * Unit, true) : (raw, false);
    }
    void Advance(long ms)
    {
        ops.Add("@advance");
        args.Add(new object[] { ms });
        expected.Add(null);
        clock += ms;
    }
    while (ops.Count < calls)
    {
        if (Random.Next(100) < 45)
        {
            Advance(nextStep());
            continue;
        }
        var (refilled, refilledExact) = Refill(clock - last);
        if (!refilledExact && refilled == Unit)
        {
            Advance(1);
            (refilled, refilledExact) = Refill(clock - last);
        }
        (tokens, exact, last) = (refilled, refilledExact, clock);
        ops.Add("AllowRequest");
        args.Add(Array.Empty<object>());
        var allowed = tokens >= Unit;
        if (allowed)
        {
            tokens -= Unit;
        }
        expected.Add(allowed);
    }
    if (clock > 100_000_000_000L)
    {
        throw new InvalidOperationException("The clock went past the stated bound.");
    }
    Add(name, new { ops, args }, expected);
}

// Busy traffic around the refill rate: most calls come within a few milliseconds of each other.
AddTest("steady-traffic", 1000, 250, 60_000, () => Random.Next(0, 11));
// Bursts separated by long pauses (up to 50 minutes of judge time; about 1e10 ms in all).
AddTest("long-pauses", 50, 0.4, 60_000, () => Random.Next(4) == 0 ? Random.Next(0, 3_000_001) : Random.Next(0, 20));
