// expect: Rejected
// Reinterprets memory with Unsafe.
public class Solution
{
    public bool IsPalindrome(string s)
    {
        ref var b = ref System.Runtime.CompilerServices.Unsafe.As<string, byte>(ref s);
        return b == 0;
    }
}
