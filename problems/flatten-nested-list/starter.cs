public class Solution
{
    public IList<int> Flatten(IList<object> nested)
    {
        
    }
}
