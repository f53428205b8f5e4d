// expect: Rejected
// Calls the judge's own API.
public class Solution
{
    public bool IsPalindrome(string s)
    {
        using var h = new System.Net.Http.HttpClient();
        return h.GetStringAsync("http://127.0.0.1:5000/healthz").Result.Length > 0;
    }
}
