// Wrong: Release trusts its caller. Releasing more than was reserved creates stock that does not exist,
// which is exactly how an inventory oversells.
using System.Threading;

public class Inventory
{
    private int available;

    public Inventory(int units)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(units);
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
        Interlocked.Add(ref available, count);
    }
}
