// Fails: the recursion goes as deep as the nesting, and 100000 levels overflow the stack.
public class Solution
{
    public IList<int> Flatten(IList<object> nested)
    {
        var result = new List<int>();
        Walk(nested, result);
        return result;
    }

    private static void Walk(IList<object> list, List<int> result)
    {
        foreach (var item in list)
        {
            if (item is int value)
            {
                result.Add(value);
            }
            else
            {
                Walk((IList<object>)item, result);
            }
        }
    }
}
