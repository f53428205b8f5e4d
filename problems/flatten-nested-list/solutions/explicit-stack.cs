public class Solution
{
    public IList<int> Flatten(IList<object> nested)
    {
        var result = new List<int>();
        // Each frame is a list and the index of its next element: the call stack, made explicit.
        var stack = new Stack<(IList<object> List, int Next)>();
        stack.Push((nested, 0));
        while (stack.Count > 0)
        {
            var (list, next) = stack.Pop();
            if (next == list.Count)
            {
                continue;
            }
            stack.Push((list, next + 1));
            if (list[next] is IList<object> inner)
            {
                stack.Push((inner, 0));
            }
            else
            {
                result.Add((int)list[next]);
            }
        }
        return result;
    }
}
