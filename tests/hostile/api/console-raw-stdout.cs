// expect: Rejected
// Opens the raw stdout stream to forge results.
public class Solution
{
    public bool IsPalindrome(string s)
    {
        using var raw = Console.OpenStandardOutput();
        raw.Write(new byte[] { 0, 0, 0, 2, 123, 125 });
        return true;
    }
}
