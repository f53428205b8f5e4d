public class LRUCache
{
    public LRUCache(int capacity)
    {
        
    }

    public int Get(int key)
    {
        
    }

    public void Put(int key, int value)
    {
        
    }
}
