// expect: WrongAnswer
// Hard-codes the three sample answers.
public class Solution
{
    public bool IsPalindrome(string s)
    {
        return s == "A man, a plan, a canal: Panama" || s == " ";
    }
}
