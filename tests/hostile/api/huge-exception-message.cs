// expect: RuntimeError
// Throws an exception with a 50 MB message.
public class Solution
{
    public bool IsPalindrome(string s)
    {
        throw new InvalidOperationException(new string('m', 50_000_000));
    }
}
