// expect: OutputLimitExceeded
// Prints without end.
public class Solution
{
    public bool IsPalindrome(string s)
    {
        while (true) Console.WriteLine("flood flood flood flood flood flood flood flood");
    }
}
