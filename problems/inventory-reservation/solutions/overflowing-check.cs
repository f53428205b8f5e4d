// Wrong: the over-release check adds before comparing, and `available + count` overflows for a huge count,
// so Release(int.MaxValue) passes the check and corrupts the stock.
public class Inventory
{
    private readonly object gate = new();
    private readonly int units;
    private int available;

    public Inventory(int units)
    {
        if (units < 0) throw new ArgumentOutOfRangeException(nameof(units));
        this.units = units;
        available = units;
    }

    public int Available
    {
        get { lock (gate) return available; }
    }

    public bool TryReserve(int count)
    {
        if (count <= 0) throw new ArgumentOutOfRangeException(nameof(count));
        lock (gate)
        {
            if (available - count < 0) return false;
            available -= count;
            return true;
        }
    }

    public void Release(int count)
    {
        if (count <= 0) throw new ArgumentOutOfRangeException(nameof(count));
        lock (gate)
        {
            if (available + count > units) throw new InvalidOperationException("Releasing more units than are reserved.");
            available += count;
        }
    }
}
