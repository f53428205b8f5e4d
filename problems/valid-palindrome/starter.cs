public class Solution
{
    public bool IsPalindrome(string s)
    {
        
    }
}
