// Too slow: a semaphore counts the units, but it can only be taken one unit at a time, so reserving
// `count` units takes `count` steps (and puts back what it took when there are not enough).
using System.Threading;

public class Inventory
{
    private readonly SemaphoreSlim units;
    private readonly int total;

    public Inventory(int units)
    {
        if (units < 0) throw new ArgumentOutOfRangeException(nameof(units));
        total = units;
        this.units = new SemaphoreSlim(units, Math.Max(units, 1));
    }

    public int Available => units.CurrentCount;

    public bool TryReserve(int count)
    {
        if (count <= 0) throw new ArgumentOutOfRangeException(nameof(count));
        for (int taken = 0; taken < count; taken++)
        {
            if (!units.Wait(0))
            {
                if (taken > 0) units.Release(taken);
                return false;
            }
        }
        return true;
    }

    public void Release(int count)
    {
        if (count <= 0) throw new ArgumentOutOfRangeException(nameof(count));
        if (count > total - units.CurrentCount) throw new InvalidOperationException("Releasing more units than are reserved.");
        units.Release(count);
    }
}
