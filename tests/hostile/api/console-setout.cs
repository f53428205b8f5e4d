// expect: Rejected
// Replaces the console writer.
public class Solution
{
    public bool IsPalindrome(string s)
    {
        Console.SetOut(System.IO.TextWriter.Null);
        return true;
    }
}
