using System.Reflection;
using Judge.Core.Problems;
using Judge.Core.Protocol;
using Judge.Runner.Harness;

namespace Judge.Runner.Tests;

public sealed class DirectCallsTests
{
    private const string Shapes = """
        public class Shapes
        {
            private int total;
            public Shapes() { }
            public Shapes(int start) { total = start; }
            public void Add(int k) => total += k;
            public int Total() => total;
            public long? Maybe(long? x) => x is null ? null : x * 2;
            public string Join(string a, char b, double c) => a + b + c.ToString(System.Globalization.CultureInfo.InvariantCulture);
            public static double Half(double x) => x / 2;
            public List<int> Listed(IList<int> xs) => new(xs);
            public Point Flip(Point p) => new(p.Y, p.X);
            public void Twice(ref int x) => x *= 2;
            public T Same<T>(T x) => x;
            public override string ToString() => "Shapes";
        }
        public readonly record struct Point(int X, int Y)
        {
            public int Sum() => X + Y;
        }
        """;

    private static readonly Assembly Submission = Harnesses.Load(ProblemKind.Design, new EntryPoint("Shapes", null), Shapes);

    private static Type Type(string name) => Submission.GetType(name)!;

    private static DirectCall? Direct(MethodBase member) =>
        DirectCalls.TryCreate(member, member.GetParameters().Select(p => p.ParameterType).ToArray());

    public static TheoryData<string, object?[]> Calls() => new()
    {
        { "Total", [] },
        { "Maybe", [21L] },
        { "Maybe", [null] },
        { "Join", ["a", 'b', 1.5] },
        { "Half", [3.0] },
        { "Listed", [new List<int> { 1, 2 }] },
        { "Add", [5] },
    };

    [Theory]
    [MemberData(nameof(Calls))]
    public void DirectCalls_ReturnWhatReflectionReturns(string name, object?[] arguments)
    {
        var method = Type("Shapes").GetMethod(name)!;
        var direct = Direct(method);
        var viaReflection = Activator.CreateInstance(Type("Shapes"), 10);
        var viaDirect = Activator.CreateInstance(Type("Shapes"), 10);

        Assert.NotNull(direct);
        var expected = method.Invoke(viaReflection, arguments);
        var actual = direct(viaDirect, arguments);
        Assert.Equal(expected?.ToString(), actual?.ToString());
        Assert.Equal(expected?.GetType(), actual?.GetType());
        if (expected is List<int> list)
        {
            Assert.Equal(list, (List<int>)actual!);
        }
    }

    [Fact]
    public void StructValues_AreCalledDirectly_AndConstructorsStayWithReflection()
    {
        var shapes = Activator.CreateInstance(Type("Shapes"), 7);
        var point = Activator.CreateInstance(Type("Point"), 1, 2);

        var flipped = Direct(Type("Shapes").GetMethod("Flip")!)!(shapes, [point]);

        Assert.Equal("Point { X = 2, Y = 1 }", flipped!.ToString());
        Assert.Null(Direct(Type("Shapes").GetConstructor([typeof(int)])!));
    }

    [Theory]
    [InlineData("Shapes", "Twice")]
    [InlineData("Shapes", "Same")]
    [InlineData("Shapes", "ToString")]
    [InlineData("Point", "Sum")]
    public void ByRefParameters_GenericMethods_VirtualMethods_AndStructMethods_StayWithReflection(string type, string name)
    {
        Assert.Null(Direct(Type(type).GetMethod(name)!));
    }

    [Fact]
    public void ManyOperations_GiveTheSameResultsBeforeAndAfterTheirCallsGoDirect()
    {
        var harness = HarnessFactory.For(ProblemKind.Design, Submission, new EntryPoint("Shapes", null));
        const int Calls = DirectCalls.WorthFromBindings * 3 / 2;
        var ops = string.Join(",", Enumerable.Repeat("\"Add\",\"Total\",\"Maybe\"", Calls));
        var args = string.Join(",", Enumerable.Range(0, Calls).Select(i => $"[{i}],[],[{(i % 2 == 0 ? "null" : i)}]"));

        var output = harness.Run($$"""{"ops":["Shapes",{{ops}}],"args":[[1],{{args}}]}""");

        var expected = Enumerable.Range(0, Calls).Select(i => $"null,{1 + i * (i + 1) / 2},{(i % 2 == 0 ? "null" : 2L * i)}");
        Assert.Equal($"[null,{string.Join(",", expected)}]", output);
    }

    [Fact]
    public void WithoutAnInstance_OperationsFailAsTheyDoThroughReflection()
    {
        // The constructor throws and the problem expects exceptions: later operations have no instance to call, before and after they go direct.
        var harness = Harnesses.For(ProblemKind.Design, new EntryPoint("Fragile", null, ExceptionsAsResults: true),
            "public class Fragile { public Fragile(int x) { if (x < 0) throw new ArgumentException(\"negative\"); } public int Get() => 1; }");
        const int Calls = DirectCalls.WorthFromBindings + 10;

        var output = harness.Run($$"""{"ops":["Fragile",{{string.Join(",", Enumerable.Repeat("\"Get\"", Calls))}}],"args":[[-1],{{string.Join(",", Enumerable.Repeat("[]", Calls))}}]}""");

        var results = output.TrimStart('[').TrimEnd(']').Split("},{");
        Assert.Equal(Calls + 1, results.Length);
        Assert.Contains("ArgumentException", results[0]);
        Assert.All(results.Skip(1), result => Assert.Contains("TargetException", result));
    }

    [Fact]
    public void AnExceptionInADirectCall_KeepsTheSubmissionsLine()
    {
        var harness = Harnesses.For(ProblemKind.Design, new EntryPoint("Countdown", null),
            "public class Countdown\n{\n    private int left = 1500;\n    public int Tick() => --left > 0 ? left : throw new InvalidOperationException(\"done\");\n}");
        const int Calls = 1500;
        var input = $$"""{"ops":["Countdown",{{string.Join(",", Enumerable.Repeat("\"Tick\"", Calls))}}],"args":[[],{{string.Join(",", Enumerable.Repeat("[]", Calls))}}]}""";

        var result = new TestExecutor(5000, 1 << 20).Execute(harness, new RunTest(0, input));

        Assert.Equal(RunOutcome.Exception, result.Outcome);
        Assert.StartsWith("System.InvalidOperationException: done (line 4)", result.Message);
    }
}
