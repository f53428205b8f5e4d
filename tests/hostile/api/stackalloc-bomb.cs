// expect: RuntimeError
// A stack allocation larger than the stack.
public class Solution
{
    public bool IsPalindrome(string s)
    {
        Span<byte> buffer = stackalloc byte[64 * 1024 * 1024];
        buffer[0] = 1;
        return buffer[0] == 1;
    }
}
