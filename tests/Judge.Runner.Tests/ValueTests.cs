using Judge.Core.Problems;
using Judge.Core.Protocol;
using Judge.Runner.Values;

namespace Judge.Runner.Tests;

/// <summary>Every kind of value the problem format promises crosses the boundary both ways.</summary>
public sealed class ValueTests
{
    private static string Call(string signatureAndBody, string input, params string[] prelude) =>
        Harnesses.For(ProblemKind.Function, new EntryPoint("Solution", "F"), $"public class Solution {{ {signatureAndBody} }}", prelude).Run(input);

    [Theory]
    [InlineData("public int F(int a, long b) => a + (int)b;", "[2, 3]", "5")]
    [InlineData("public double F(double x) => x / 4;", "[1]", "0.25")]
    [InlineData("public string F(string s, char c) => s + c;", "[\"ab\", \"c\"]", "\"abc\"")]
    [InlineData("public char? F(string s) => s.Length == 0 ? null : s[0];", "[\"\"]", "null")]
    [InlineData("public char? F(string s) => s.Length == 0 ? null : s[0];", "[\"xy\"]", "\"x\"")]
    [InlineData("public int[][] F(int[][] grid) => grid.Reverse().ToArray();", "[[[1,2],[3]]]", "[[3],[1,2]]")]
    [InlineData("public IList<IList<int>> F(IList<IList<int>> rows) => rows;", "[[[1],[2,3]]]", "[[1],[2,3]]")]
    [InlineData("public bool F(bool? b) => b ?? true;", "[null]", "true")]
    [InlineData("public double[] F(double[] x) => x.Select(v => v / 0).ToArray();", "[[1, -1]]", "[\"Infinity\",\"-Infinity\"]")]
    [InlineData("public string F(string s) => s + \"é\";", "[\"caf\"]", "\"café\"")]
    [InlineData("public char[] F(char[] s) => s;", "[[\"x\", \"y\"]]", "[\"x\",\"y\"]")]
    [InlineData("public IList<int> F(IList<int> s) => s.Reverse().ToList();", "[[1, 2, 3]]", "[3,2,1]")]
    [InlineData("public long[] F(long[] x) => x;", "[[5000000000, -1]]", "[5000000000,-1]")]
    [InlineData("public List<bool> F(IList<bool> x) => [.. x];", "[[true, false]]", "[true,false]")]
    [InlineData("public string?[] F(string?[] x) => x;", "[[\"a\", null]]", "[\"a\",null]")]
    [InlineData("public IEnumerable<double> F(List<double> x) => x;", "[[0.1, \"NaN\"]]", "[0.1,\"NaN\"]")]
    public void Function_ArgumentsAndResults_RoundTrip(string code, string input, string output) =>
        Assert.Equal(output, Call(code, input));

    [Fact]
    public void InPlaceMethod_ResultIsTheArgumentAfterTheCall()
    {
        var harness = Harnesses.For(ProblemKind.Function, new EntryPoint("Solution", "ReverseString", ResultFromArgument: 0),
            "public class Solution { public void ReverseString(char[] s) => Array.Reverse(s); }");

        Assert.Equal("[\"c\",\"b\",\"a\"]", harness.Run("[[\"a\",\"b\",\"c\"]]"));
    }

    [Fact]
    public void ListNode_WithCycle_IsBuiltFromValuesAndPos()
    {
        const string floyd = "public bool F(ListNode h) { var s = h; var f = h; while (f?.next != null) { s = s.next; f = f.next.next; if (s == f) return true; } return false; }";

        Assert.Equal("true", Call(floyd, "[{\"values\":[3,2,0,-4],\"pos\":1}]", "ListNode"));
        Assert.Equal("false", Call(floyd, "[{\"values\":[1,2],\"pos\":-1}]", "ListNode"));
        Assert.Equal("[1,2,3]", Call("public ListNode F(ListNode h) => h;", "[[1,2,3]]", "ListNode"));
    }

    [Fact]
    public void TreeNode_RoundTripsInLevelOrder() =>
        Assert.Equal("[3,9,20,null,null,15,7]", Call("public TreeNode F(TreeNode root) => root;", "[[3,9,20,null,null,15,7]]", "TreeNode"));

    [Fact]
    public void NestedList_HundredThousandDeep_IsReadWithoutRecursion()
    {
        const int depth = 100_000;
        var input = "[" + new string('[', depth) + "7" + new string(']', depth) + "]";
        const string iterative = """
            public IList<int> F(IList<object> nested)
            {
                var result = new List<int>();
                var stack = new Stack<IEnumerator<object>>();
                stack.Push(nested.GetEnumerator());
                while (stack.Count > 0)
                {
                    var top = stack.Peek();
                    if (!top.MoveNext()) { stack.Pop(); continue; }
                    if (top.Current is int i) result.Add(i); else stack.Push(((IList<object>)top.Current).GetEnumerator());
                }
                return result;
            }
            """;

        Assert.Equal("[7]", Call(iterative, input));
    }

    [Fact]
    public void ObjectArray_NestedDeeperThanTypedValues_IsReadWithoutRecursion()
    {
        const int depth = 20_000;
        var input = "[[" + new string('[', depth) + "7" + new string(']', depth) + "]]";

        Assert.Equal("1", Call("public int F(object[] nested) => nested.Length;", input));
    }

    [Fact]
    public void SelfNestingConstructor_TooDeep_IsASetupError()
    {
        const int depth = ValueReader.MaxConstructedDepth + 1;
        var harness = Harnesses.For(ProblemKind.Function, new EntryPoint("Solution", "F"),
            "public class Wrap { public Wrap(Wrap inner) { } } public class Solution { public int F(Wrap w) => 1; }");
        var input = "[" + new string('[', depth) + "null" + new string(']', depth) + "]";

        var result = new TestExecutor(timeLimitMs: 5000, outputLimitBytes: 1 << 20).Execute(harness, new RunTest(0, input));

        Assert.Equal(RunOutcome.SetupError, result.Outcome);
        Assert.Contains("nests more than", result.Message);
        Assert.Equal("1", harness.Run("[" + new string('[', depth - 1) + "null" + new string(']', depth - 1) + "]"));
    }

    [Fact]
    public void StaticMethod_IsCalledWithoutAnInstance() =>
        Assert.Equal("true", Harnesses.For(ProblemKind.Function, new EntryPoint("Date", "IsLeap"),
            "public static class Date { public static bool IsLeap(int y) => y % 4 == 0 && (y % 100 != 0 || y % 400 == 0); }").Run("[2000]"));

    [Fact]
    public void AsyncMethod_IsAwaitedAndItsResultReturned()
    {
        const string gather = "public async Task<IList<int>> F(Fetcher f, int[] ids) => await Task.WhenAll(ids.Select(f.FetchAsync));";

        Assert.Equal("[30,10,20]", Call(gather, "[[[10,20,30]], [2,0,1]]", "Fetcher"));
    }
}
