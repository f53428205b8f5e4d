// expect: MemoryLimitExceeded
// Doubles a string until memory runs out.
public class Solution
{
    public bool IsPalindrome(string s)
    {
        var text = "ab";
        while (true) text += text;
    }
}
