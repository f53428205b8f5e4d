// Wrong: pushes each list's elements in order, so they pop off the stack last-first.
public class Solution
{
    public IList<int> Flatten(IList<object> nested)
    {
        var result = new List<int>();
        var stack = new Stack<object>();
        foreach (var item in nested)
        {
            stack.Push(item);
        }
        while (stack.Count > 0)
        {
            var item = stack.Pop();
            if (item is int value)
            {
                result.Add(value);
            }
            else
            {
                foreach (var child in (IList<object>)item)
                {
                    stack.Push(child);
                }
            }
        }
        return result;
    }
}
