// Fails at run time: recursion through a delegate escapes the call-graph check, but 100000 levels
// overflow the 1 MB stack (a runtime error).
public class Solution
{
    public IList<int> Flatten(IList<object> nested)
    {
        var result = new List<int>();
        Action<IList<object>> walk = null;
        walk = list =>
        {
            foreach (var item in list)
            {
                if (item is int value) result.Add(value);
                else walk((IList<object>)item);
            }
        };
        walk(nested);
        return result;
    }
}
