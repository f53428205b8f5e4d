public class LFUCache
{
    public LFUCache(int capacity)
    {
        
    }

    public int Get(int key)
    {
        
    }

    public void Put(int key, int value)
    {
        
    }
}
