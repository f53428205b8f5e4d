// expect: Rejected
// Writes through a raw pointer.
public class Solution
{
    public unsafe bool IsPalindrome(string s)
    {
        int x = 0;
        int* p = &x;
        *(p + 100000) = 42;
        return true;
    }
}
