// Lock-free: read the count, compute the new one, and publish it only if nobody changed it meanwhile
// (Interlocked.CompareExchange); otherwise try again. Each call is one atomic step.
using System.Threading;

public class Inventory
{
    private readonly int units;
    private int available;

    public Inventory(int units)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(units);
        this.units = units;
        available = units;
    }

    public int Available => Volatile.Read(ref available);

    public bool TryReserve(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        while (true)
        {
            int current = Volatile.Read(ref available);
            if (count > current) return false;
            if (Interlocked.CompareExchange(ref available, current - count, current) == current) return true;
        }
    }

    public void Release(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        while (true)
        {
            int current = Volatile.Read(ref available);
            if (count > units - current)
            {
                throw new InvalidOperationException($"Only {units - current} units are reserved; cannot release {count}.");
            }
            if (Interlocked.CompareExchange(ref available, current + count, current) == current) return;
        }
    }
}
