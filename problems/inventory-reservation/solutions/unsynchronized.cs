// Wrong: correct one call at a time, but nothing stops two threads from interleaving. Two buyers can both see
// the last unit available and both take it, and concurrent updates of `available` can be lost. The SpinWait
// stands for any work between the check and the update (logging, validation): it makes the lost update show
// on every run rather than on most, so this reference fails reliably.
public class Inventory
{
    private readonly int units;
    private int available;

    public Inventory(int units)
    {
        if (units < 0) throw new ArgumentOutOfRangeException(nameof(units));
        this.units = units;
        available = units;
    }

    public int Available => available;

    public bool TryReserve(int count)
    {
        if (count <= 0) throw new ArgumentOutOfRangeException(nameof(count));
        var before = available;
        if (count > before) return false;
        Thread.SpinWait(500);
        available = before - count;
        return true;
    }

    public void Release(int count)
    {
        if (count <= 0) throw new ArgumentOutOfRangeException(nameof(count));
        var before = available;
        if (count > units - before) throw new InvalidOperationException("Releasing more units than are reserved.");
        Thread.SpinWait(500);
        available = before + count;
    }
}
