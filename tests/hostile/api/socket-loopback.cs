// expect: Rejected
// Connects to a service on loopback.
public class Solution
{
    public bool IsPalindrome(string s)
    {
        using var c = new System.Net.Sockets.TcpClient("127.0.0.1", 47123);
        return c.Connected;
    }
}
