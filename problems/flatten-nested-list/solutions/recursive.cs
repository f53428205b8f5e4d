// Rejected: the problem forbids recursion, and the call-graph check names Walk.
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
