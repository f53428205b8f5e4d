// expect: CompilationError|Accepted
// Deeply nested generic types.
public class Solution
{
    class N<T> { }

    public bool IsPalindrome(string s)
    {
        var x = new N<N<N<N<N<N<N<N<N<N<N<N<N<N<N<N<N<N<N<N<N<N<N<N<N<N<N<N<N<N<int>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>();
        var t = s.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray();
        return x != null && t.SequenceEqual(t.AsEnumerable().Reverse());
    }
}
