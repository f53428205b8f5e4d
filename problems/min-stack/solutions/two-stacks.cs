public class MinStack
{
    private readonly Stack<int> values = new();
    private readonly Stack<int> minimums = new(); // minimums.Peek() is the minimum of values

    public MinStack()
    {
    }

    public void Push(int val)
    {
        values.Push(val);
        if (minimums.Count == 0 || val <= minimums.Peek())
        {
            minimums.Push(val);
        }
    }

    public void Pop()
    {
        if (values.Pop() == minimums.Peek())
        {
            minimums.Pop();
        }
    }

    public int Top()
    {
        return values.Peek();
    }

    public int GetMin()
    {
        return minimums.Peek();
    }
}
