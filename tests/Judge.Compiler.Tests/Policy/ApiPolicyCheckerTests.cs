using Judge.Compiler.Policy;
using Judge.Core.Problems;
using Judge.Core.Protocol;

namespace Judge.Compiler.Tests.Policy;

/// <summary>The allow-list: forbidden APIs are rejected at the exact place, everyday code is not.</summary>
public sealed class ApiPolicyCheckerTests
{
    private static readonly SubmissionCompiler Compiler = new();

    private static CompileResponse Compile(string body, string usings = "") => Compiler.Compile(new CompileRequest(
        $"{usings}\npublic class Solution\n{{\n    public int Run()\n    {{\n        {body}\n    }}\n}}\n",
        ProblemKind.Function,
        new EntryPoint("Solution", "Run"),
        []));

    [Theory]
    [InlineData("return typeof(Solution).GetMethods().Length;", "System.Type.GetMethods")]
    [InlineData("return Type.GetType(\"Judge.Runner.TestSession\") == null ? 0 : 1;", "System.Type.GetType")]
    [InlineData("return Activator.CreateInstance<Solution>() == null ? 0 : 1;", "System.Activator")]
    [InlineData("return System.IO.File.ReadAllText(\"/etc/passwd\").Length;", "System.IO.File")]
    [InlineData("System.Diagnostics.Process.Start(\"sh\"); return 0;", "System.Diagnostics.Process")]
    [InlineData("return new System.Net.Sockets.TcpClient(\"127.0.0.1\", 80).Available;", "System.Net.Sockets.TcpClient")]
    [InlineData("Environment.Exit(0); return 0;", "System.Environment.Exit")]
    [InlineData("Environment.FailFast(\"x\"); return 0;", "System.Environment.FailFast")]
    [InlineData("return Environment.GetEnvironmentVariable(\"HOME\").Length;", "System.Environment.GetEnvironmentVariable")]
    [InlineData("GC.Collect(); return 0;", "System.GC")]
    [InlineData("return string.Intern(\"x\").Length;", "System.String.Intern")]
    [InlineData("return AppDomain.CurrentDomain.Id;", "System.AppDomain")]
    [InlineData("dynamic d = 1; return d;", "dynamic")]
    [InlineData("return System.Runtime.InteropServices.Marshal.SizeOf<int>();", "System.Runtime.InteropServices")]
    [InlineData("using var s = Console.OpenStandardOutput(); return 0;", "System.Console.OpenStandardOutput")]
    [InlineData("return System.Runtime.CompilerServices.Unsafe.SizeOf<int>();", "System.Runtime.CompilerServices.Unsafe")]
    [InlineData("Func<int> f = () => 1; return (int)f.DynamicInvoke();", "System.Delegate.DynamicInvoke")]
    public void ForbiddenApi_IsRejectedNamingIt(string body, string named)
    {
        var result = Compile(body);

        Assert.False(result.Success);
        Assert.True(result.Rejected);
        Assert.Contains(result.Diagnostics, d => d.Id == ApiPolicyChecker.Id && d.Message.Contains(named) && d.Line == 6);
    }

    [Fact]
    public void Rejection_PointsAtTheExactColumn()
    {
        var result = Compile("var text = System.IO.File.ReadAllText(\"x\"); return text.Length;");

        var rejection = Assert.Single(result.Diagnostics, d => d.Id == ApiPolicyChecker.Id);
        Assert.Equal((6, 30, 6, 34), (rejection.Line, rejection.Column, rejection.EndLine, rejection.EndColumn));
        Assert.Contains("System.IO.File", rejection.Message);
    }

    [Theory]
    [InlineData("[System.Runtime.InteropServices.DllImport(\"libc\")] static extern int getpid();", "extern")]
    [InlineData("unsafe int Peek(int* p) => *p;", "unsafe")]
    public void UnsafeLanguageFeatures_AreRejected(string member, string named)
    {
        var result = Compiler.Compile(new CompileRequest(
            $"public class Solution\n{{\n    {member}\n    public int Run() => 0;\n}}\n", ProblemKind.Function, new EntryPoint("Solution", "Run"), []));

        Assert.False(result.Success);
        Assert.Contains(result.Diagnostics, d => d.Id == ApiPolicyChecker.Id && d.Message.Contains(named) && d.Line == 3);
    }

    [Theory]
    [InlineData("var list = new List<int> { 3, 1, 2 }; list.Sort(); return list.Sum();")]
    [InlineData("var sb = new StringBuilder(); sb.Append('x'); return sb.ToString().Length;")]
    [InlineData("var map = new Dictionary<string, int>(); foreach (var (k, v) in map) { } return map.GetValueOrDefault(\"a\");")]
    [InlineData("var q = new PriorityQueue<int, int>(); q.Enqueue(1, 1); return q.Dequeue();")]
    [InlineData("return (from x in Enumerable.Range(0, 10) where x % 2 == 0 select x).Count();")]
    [InlineData("var line = Console.ReadLine(); Console.WriteLine(line); return Console.In.Peek();")]
    [InlineData("var total = 0; Parallel.For(0, 10, i => Interlocked.Add(ref total, i)); return total;", "using System.Threading;\nusing System.Threading.Tasks;")]
    [InlineData("return Task.WhenAll(Task.Run(() => 1), Task.FromResult(2)).Result.Sum();", "using System.Threading.Tasks;")]
    [InlineData("Span<int> buffer = stackalloc int[8]; return buffer.Length + (int)System.Numerics.BigInteger.One + Math.Max(1, 2);")]
    [InlineData("var watch = System.Diagnostics.Stopwatch.StartNew(); return (int)watch.ElapsedTicks * 0 + Environment.ProcessorCount * 0 + GetType().Name.Length;")]
    [InlineData("return System.Text.RegularExpressions.Regex.Matches(\"a1b2\", \"[0-9]\").Count;")]
    public void EverydayCode_IsNotRejected(string body, string usings = "")
    {
        var result = Compile(body, usings);

        Assert.True(result.Success, string.Join("; ", result.Diagnostics.Select(d => $"{d.Id} {d.Message}")));
        Assert.False(result.Rejected);
    }
}
