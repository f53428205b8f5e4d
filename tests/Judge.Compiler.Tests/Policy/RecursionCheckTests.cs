using Judge.Compiler.Policy;
using Judge.Core.Problems;
using Judge.Core.Protocol;

namespace Judge.Compiler.Tests.Policy;

public sealed class RecursionCheckTests
{
    private static readonly SubmissionCompiler Compiler = new();

    private static CompileResponse Compile(string source, bool restricted = true) => Compiler.Compile(new CompileRequest(
        source, ProblemKind.Function, new EntryPoint("Solution", "Sum"), [], restricted ? [RecursionCheck.Restriction] : []));

    [Fact]
    public void DirectRecursion_IsRejectedAtTheCall()
    {
        var result = Compile("public class Solution\n{\n    public int Sum(int n) => n == 0 ? 0 : n + Sum(n - 1);\n}\n");

        Assert.True(result.Rejected);
        var rejection = Assert.Single(result.Diagnostics);
        Assert.Equal(RecursionCheck.Id, rejection.Id);
        Assert.Contains("'Sum' calls itself", rejection.Message);
        Assert.Equal((3, 47), (rejection.Line, rejection.Column));
    }

    [Fact]
    public void MutualRecursionThroughAHelper_IsRejectedNamingBoth()
    {
        var result = Compile("""
            public class Solution
            {
                public int Sum(int n) => Helper(n);
                private int Helper(int n) => n == 0 ? 0 : n + Sum(n - 1);
            }
            """);

        Assert.True(result.Rejected);
        Assert.Contains(result.Diagnostics, d => d.Message.Contains("'Sum' calls 'Helper', which leads back to 'Sum'"));
    }

    [Fact]
    public void RecursiveLocalFunction_IsRejected()
    {
        var result = Compile("""
            public class Solution
            {
                public int Sum(int n)
                {
                    int Go(int k) => k == 0 ? 0 : k + Go(k - 1);
                    return Go(n);
                }
            }
            """);

        Assert.Contains(result.Diagnostics, d => d.Id == RecursionCheck.Id && d.Message.Contains("'Go' calls itself"));
    }

    [Fact]
    public void IterativeCodeCallingHelpers_IsNotRejected()
    {
        var result = Compile("""
            public class Solution
            {
                public int Sum(int n) { var total = 0; for (var i = 1; i <= n; i++) total = Add(total, i); return total; }
                private static int Add(int a, int b) => a + b;
            }
            """);

        Assert.True(result.Success);
    }

    [Fact]
    public void Recursion_IsAllowedWhereTheProblemDoesNotForbidIt() =>
        Assert.True(Compile("public class Solution { public int Sum(int n) => n == 0 ? 0 : n + Sum(n - 1); }", restricted: false).Success);
}
