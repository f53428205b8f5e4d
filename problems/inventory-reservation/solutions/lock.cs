// Another accepted style: one lock around every check-and-update.
public class Inventory
{
    private readonly object gate = new();
    private readonly int total;
    private int reserved;

    public Inventory(int units)
    {
        if (units < 0) throw new ArgumentOutOfRangeException(nameof(units));
        total = units;
    }

    public int Available
    {
        get { lock (gate) return total - reserved; }
    }

    public bool TryReserve(int count)
    {
        if (count <= 0) throw new ArgumentOutOfRangeException(nameof(count));
        lock (gate)
        {
            if (count > total - reserved) return false;
            reserved += count;
            return true;
        }
    }

    public void Release(int count)
    {
        if (count <= 0) throw new ArgumentOutOfRangeException(nameof(count));
        lock (gate)
        {
            if (count > reserved) throw new InvalidOperationException("Releasing more units than are reserved.");
            reserved -= count;
        }
    }
}
