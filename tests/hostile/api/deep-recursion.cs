// expect: RuntimeError
// Unbounded recursion: a stack overflow the runtime cannot catch.
public class Solution
{
    public bool IsPalindrome(string s) => Down(0) > 0;

    private int Down(int depth) => Down(depth + 1) + 1;
}
