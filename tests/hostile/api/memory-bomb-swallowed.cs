// expect: MemoryLimitExceeded
// Catches OutOfMemoryException and answers correctly anyway.
public class Solution
{
    public bool IsPalindrome(string s)
    {
        try { var hoard = new List<byte[]>(); while (true) hoard.Add(new byte[10_000_000]); } catch (OutOfMemoryException) { }
        var t = s.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray();
        return t.SequenceEqual(t.AsEnumerable().Reverse());
    }
}
