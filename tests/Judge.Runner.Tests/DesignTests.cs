using System.Diagnostics;
using Judge.Core.Problems;
using Judge.Core.Protocol;

namespace Judge.Runner.Tests;

public sealed class DesignTests
{
    [Fact]
    public void Operations_RunInOrderWithNullForConstructorAndVoid()
    {
        var harness = Harnesses.For(ProblemKind.Design, new EntryPoint("Counter", null),
            "public class Counter { int n; public Counter(int start) { n = start; } public void Add(int k) => n += k; public int Get() => n; }");

        Assert.Equal("[null,null,7]", harness.Run("""{"ops":["Counter","Add","Get"],"args":[[5],[2],[]]}"""));
    }

    [Fact]
    public void Operations_AreBoundWhicheverOfOpsAndArgsComesFirst()
    {
        var harness = Harnesses.For(ProblemKind.Design, new EntryPoint("Counter", null),
            "public class Counter { int n; public Counter(int start) { n = start; } public void Add(int k) => n += k; public void Add(string k) => n += k.Length; public int Get() => n; }");

        Assert.Equal("[null,null,null,10]", harness.Run("""{"args":[[5],[2],["abc"],[]],"note":{"x":[1]},"ops":["Counter","Add","Add","Get"]}"""));
        Assert.Equal("[null,null,null,10]", harness.Run("""{"ops":["Counter","Add","Add","Get"],"note":{"x":[1]},"args":[[5],[2],["abc"],[]]}"""));
    }

    [Theory]
    [InlineData("""{"ops":["Counter","Get"],"args":[[5]]}""", "one argument list per operation")]
    [InlineData("""{"ops":["Counter"],"args":[[5],[]]}""", "one argument list per operation")]
    [InlineData("""{"args":[[5],[]],"ops":["Counter"]}""", "one argument list per operation")]
    [InlineData("""{"ops":["Get","Counter"],"args":[[],[5]]}""", "starts with the constructor")]
    [InlineData("""{"ops":["Counter","Get"],"args":[[5],7]}""", "Arguments come as an array")]
    [InlineData("""{"ops":["Counter"],"args":[[5]],"ops":["Counter"]}""", "gives \"ops\" once")]
    [InlineData("""{"ops":["Counter"]}""", "needs \"args\"")]
    [InlineData("""{"args":[[5]]}""", "needs \"ops\"")]
    public void MalformedTests_AreTheJudgesSetupError(string input, string reason)
    {
        var harness = Harnesses.For(ProblemKind.Design, new EntryPoint("Counter", null),
            "public class Counter { int n; public Counter(int start) { n = start; } public int Get() => n; }");

        var result = new TestExecutor(1000, 1000).Execute(harness, new RunTest(0, input));

        Assert.Equal(RunOutcome.SetupError, result.Outcome);
        Assert.Contains(reason, result.Message);
    }

    [Fact]
    public void ManyOperations_ReadTheirArgumentsEachAsItsOwn()
    {
        // One cursor reads every plain argument in turn: each must start afresh, whatever the one before left.
        var harness = Harnesses.For(ProblemKind.Design, new EntryPoint("Log", null),
            "public class Log { readonly List<string> seen = new(); public void Add(string s, int[] xs, bool b) => seen.Add($\"{s}:{xs.Sum()}:{b}\"); public string All() => string.Join(\",\", seen); }");
        var ops = string.Join(",", Enumerable.Repeat("\"Add\"", 300));
        var args = string.Join(",", Enumerable.Range(0, 300).Select(i => $"[\"s{i}\",[{i},1],{(i % 2 == 0 ? "true" : "false")}]"));

        var output = harness.Run($$"""{"ops":["Log",{{ops}},"All"],"args":[[],{{args}},[]]}""");

        var expected = string.Join(",", Enumerable.Range(0, 300).Select(i => $"s{i}:{i + 1}:{i % 2 == 0}"));
        Assert.EndsWith($"\"{expected}\"]", output);
    }

    [Fact]
    public void ExpectedExceptions_AreResultsWhenTheProblemSaysSo()
    {
        const string source = """
            public class Temperature
            {
                private double celsius;
                public Temperature(double c) { Celsius = c; }
                public double Celsius { get => celsius; set => celsius = value < -273.15 ? throw new ArgumentOutOfRangeException(nameof(value)) : value; }
                public double Fahrenheit => celsius * 9 / 5 + 32;
            }
            """;
        var harness = Harnesses.For(ProblemKind.Design, new EntryPoint("Temperature", null, ExceptionsAsResults: true), source);

        Assert.Equal("""[null,null,{"throws":"ArgumentOutOfRangeException"},212]""",
            harness.Run("""{"ops":["Temperature","set_Celsius","set_Celsius","get_Fahrenheit"],"args":[[0],[100],[-300],[]]}"""));
    }

    [Fact]
    public void UnexpectedExceptions_AreRuntimeErrors()
    {
        var harness = Harnesses.For(ProblemKind.Design, new EntryPoint("Box", null),
            "public class Box { public int Get() => throw new InvalidOperationException(\"empty\"); }");

        var result = new TestExecutor(1000, 1000).Execute(harness, new RunTest(0, """{"ops":["Box","Get"],"args":[[],[]]}"""));

        Assert.Equal(RunOutcome.Exception, result.Outcome);
        Assert.StartsWith("System.InvalidOperationException: empty (line 1)", result.Message);
        Assert.Equal("System.InvalidOperationException (line 1)", result.PublicMessage);
    }

    [Fact]
    public void OperatorsAndUserTypes_AreBuiltFromArrays()
    {
        const string vector = """
            public sealed class Vector(int x, int y)
            {
                public int X => x; public int Y => y;
                public static Vector operator +(Vector a, Vector b) => new(a.X + b.X, a.Y + b.Y);
                public override string ToString() => $"Vector({X}, {Y})";
            }
            """;
        var harness = Harnesses.For(ProblemKind.Design, new EntryPoint("Vector", null), vector);

        Assert.Equal("[null,\"Vector(4, 6)\"]", harness.Run("""{"ops":["Vector","op_Addition"],"args":[[0,0],[[1,2],[3,4]]]}"""));
    }

    [Fact]
    public void Overloads_AreChosenByWhatTheArgumentsFit()
    {
        const string vector = """
            public sealed record Vector(int X, int Y)
            {
                public static Vector operator *(Vector v, int k) => new(v.X * k, v.Y * k);
                public static Vector operator *(int k, Vector v) => new(v.X * k + 1000, v.Y * k);
                public override string ToString() => $"Vector({X}, {Y})";
            }
            """;
        var harness = Harnesses.For(ProblemKind.Design, new EntryPoint("Vector", null), vector);

        Assert.Equal("[null,\"Vector(2, 4)\",\"Vector(1002, 4)\",true,false]", harness.Run(
            """{"ops":["Vector","op_Multiply","op_Multiply","Equals","Equals"],"args":[[1,2],[[1,2],2],[2,[1,2]],[[1,2]],[[2,1]]]}"""));
    }

    [Fact]
    public void MissingOperation_IsTheSubmissionsRuntimeError()
    {
        var harness = Harnesses.For(ProblemKind.Design, new EntryPoint("Box", null), "public class Box { }");

        var result = new TestExecutor(1000, 1000).Execute(harness, new RunTest(0, """{"ops":["Box","Open"],"args":[[],[]]}"""));

        Assert.Equal(RunOutcome.Exception, result.Outcome);
        Assert.Contains("no public 'Open'", result.Message);
        // The operation's name comes from the test's input, which a hidden test keeps to itself.
        Assert.DoesNotContain("Open", result.PublicMessage);
    }

    [Fact]
    public void JudgeClock_IsInjectedAndAdvancedByTheTest()
    {
        const string bucket = """
            public class Limiter(IClock clock)
            {
                private readonly long start = clock.NowMs;
                public long Elapsed() => clock.NowMs - start;
            }
            """;
        var harness = Harnesses.For(ProblemKind.Design, new EntryPoint("Limiter", null), bucket, "ManualClock");

        Assert.Equal("[null,0,null,1500]", harness.Run("""{"ops":["Limiter","Elapsed","@advance","Elapsed"],"args":[["clock"],[],[1500],[]]}"""));
    }

    [Fact]
    public void Parallel_MakesThreadsRaceAndSummarisesTheResults()
    {
        const string unsafeCounter = """
            public class Stock
            {
                private int left;
                private readonly object gate = new();
                public Stock(int units) { left = units; }
                public bool TryTake() { lock (gate) { if (left == 0) return false; left--; return true; } }
                public static Stock Shared { get; } = new Stock(0);
            }
            """;
        var harness = Harnesses.For(ProblemKind.Design, new EntryPoint("Stock", null), unsafeCounter);

        var output = harness.Run("""{"ops":["Stock","@parallel","@parallel"],"args":[[100],[8,50,"TryTake",[]],[4,10,"get_Shared",[]]]}""");

        Assert.Equal("""[null,{"calls":400,"counts":{"false":300,"true":100},"distinctInstances":0},{"calls":40,"counts":{},"distinctInstances":1}]""", output);
    }

    [Fact]
    public void Time_IsTheCallAloneAndATimeOutIsReported()
    {
        var harness = Harnesses.For(ProblemKind.Function, new EntryPoint("Solution", "F"),
            "public class Solution { public int F(int ms) { var w = System.Diagnostics.Stopwatch.StartNew(); while (w.ElapsedMilliseconds < ms) { } return ms; } }");
        var executor = new TestExecutor(timeLimitMs: 300, outputLimitBytes: 1000);

        var quick = executor.Execute(harness, new RunTest(0, "[50]"));
        var clock = Stopwatch.StartNew();
        var slow = executor.Execute(harness, new RunTest(1, "[1500]"));

        Assert.Equal(RunOutcome.Completed, quick.Outcome);
        Assert.InRange(quick.TimeMs, 50, 300);
        Assert.Equal(RunOutcome.TimeLimit, slow.Outcome);
        Assert.True(clock.ElapsedMilliseconds < 5000);
    }
}
