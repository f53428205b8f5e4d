// expect: RuntimeError
// An exception whose Message itself throws.
public class Solution
{
    public bool IsPalindrome(string s) => throw new Nasty();
}

public class Nasty : Exception
{
    public override string Message => throw new InvalidOperationException("no message for you");
}
