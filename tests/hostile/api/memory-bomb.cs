// expect: MemoryLimitExceeded
// Allocates until the heap limit.
public class Solution
{
    public bool IsPalindrome(string s)
    {
        var hoard = new List<byte[]>();
        while (true) hoard.Add(new byte[10_000_000]);
    }
}
