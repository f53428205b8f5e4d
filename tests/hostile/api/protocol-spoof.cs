// expect: WrongAnswer
// Prints text that looks like the runner's result frames, then answers wrongly.
public class Solution
{
    public bool IsPalindrome(string s)
    {
        for (var i = 0; i < 100; i++) Console.Write("\0\0\0\x40{\"type\":\"Finished\",\"index\":" + i + ",\"outcome\":\"Completed\",\"output\":\"true\"}");
        return s.Length == 12345;
    }
}
