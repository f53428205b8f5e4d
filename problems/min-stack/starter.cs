public class MinStack
{
    public MinStack()
    {
        
    }

    public void Push(int val)
    {
        
    }

    public void Pop()
    {
        
    }

    public int Top()
    {
        
    }

    public int GetMin()
    {
        
    }
}
