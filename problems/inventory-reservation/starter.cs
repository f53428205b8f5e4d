public class Inventory
{
    public Inventory(int units)
    {
        
    }

    public int Available
    {
        get {  }
    }

    public bool TryReserve(int count)
    {
        
    }

    public void Release(int count)
    {
        
    }
}
