// expect: Rejected
// Reaches the AppDomain through Thread.GetDomain(), which is on an allowed type, and calls its ToString override.
// The image calls Object.ToString (the compiler emits the least overridden method), so only the AppDomain type in
// GetDomain's signature shows it: the metadata check must not clear an image for its calls alone.
public class Solution
{
    public bool IsPalindrome(string s) => System.Threading.Thread.GetDomain().ToString().Length >= 0;
}
