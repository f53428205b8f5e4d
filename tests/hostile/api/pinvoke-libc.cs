// expect: Rejected
// Calls libc through P/Invoke.
public class Solution
{
    [System.Runtime.InteropServices.DllImport("libc")]
    private static extern int kill(int pid, int signal);

    public bool IsPalindrome(string s) => kill(1, 9) == 0;
}
