// Wrong: correct one call at a time, but nothing stops two threads from interleaving. Two buyers can both see
// the last unit available and both take it, and concurrent updates of `available` can be lost.
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
        if (count > available) return false;
        available -= count;
        return true;
    }

    public void Release(int count)
    {
        if (count <= 0) throw new ArgumentOutOfRangeException(nameof(count));
        if (count > units - available) throw new InvalidOperationException("Releasing more units than are reserved.");
        available += count;
    }
}
