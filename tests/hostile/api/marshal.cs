// expect: Rejected
// Allocates native memory through Marshal.
public class Solution
{
    public bool IsPalindrome(string s)
    {
        var p = System.Runtime.InteropServices.Marshal.AllocHGlobal(1 << 30);
        return p != IntPtr.Zero;
    }
}
