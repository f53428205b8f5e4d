// Wrong: the old minimum is saved only when a strictly smaller value arrives, so pushing the current
// minimum again and popping one copy restores the old minimum too early.
public class MinStack
{
    private readonly Stack<int> values = new();
    private readonly Stack<int> previousMinimums = new();
    private int min = int.MaxValue;

    public MinStack()
    {
    }

    public void Push(int val)
    {
        values.Push(val);
        if (val < min)
        {
            previousMinimums.Push(min);
            min = val;
        }
    }

    public void Pop()
    {
        if (values.Pop() == min && previousMinimums.Count > 0)
        {
            min = previousMinimums.Pop();
        }
    }

    public int Top()
    {
        return values.Peek();
    }

    public int GetMin()
    {
        return min;
    }
}
