// Too slow: GetMin scans the whole stack, O(n) per call.
public class MinStack
{
    private readonly Stack<int> values = new();

    public MinStack()
    {
    }

    public void Push(int val)
    {
        values.Push(val);
    }

    public void Pop()
    {
        values.Pop();
    }

    public int Top()
    {
        return values.Peek();
    }

    public int GetMin()
    {
        int min = int.MaxValue;
        foreach (var value in values)
        {
            if (value < min) min = value;
        }
        return min;
    }
}
