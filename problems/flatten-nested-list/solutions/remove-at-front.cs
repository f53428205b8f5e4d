// Too slow: a work list consumed from the front; each RemoveAt(0) shifts everything left, O(n^2) on a wide list.
public class Solution
{
    public IList<int> Flatten(IList<object> nested)
    {
        var result = new List<int>();
        var work = new List<object>(nested);
        while (work.Count > 0)
        {
            var first = work[0];
            work.RemoveAt(0);
            if (first is int value)
            {
                result.Add(value);
            }
            else
            {
                work.InsertRange(0, (IList<object>)first);
            }
        }
        return result;
    }
}
