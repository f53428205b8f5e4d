public class Solution
{
    public char? FirstNonRepeating(string s)
    {
        
    }
}
