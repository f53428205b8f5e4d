// expect: CompilationError
// Lambdas nested 14 deep, each passed to a method with four delegate overloads: overload resolution explodes and the compile limit stops it.
public class Solution
{
    static int M(Func<int, int> f) => 0;
    static int M(Func<string, int> f) => 0;
    static int M(Func<long, int> f) => 0;
    static int M(Func<double, int> f) => 0;

    public bool IsPalindrome(string s)
    {
        return M(a => M(b => M(c => M(d => M(e => M(f => M(g => M(h => M(i => M(j => M(k => M(l => M(m => M(n => 0)))))))))))))) == 0;
    }
}
