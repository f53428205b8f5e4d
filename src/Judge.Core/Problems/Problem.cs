using System.Text;
using Judge.Core.Checking;

namespace Judge.Core.Problems;

/// <summary>One exercise, loaded from its folder under <c>problems/</c>.</summary>
public sealed record Problem(
    string Id,
    string Title,
    string Difficulty,
    IReadOnlyList<string> Tags,
    ProblemKind Kind,
    string Statement,
    string StarterCode,
    ProblemLimits Limits,
    EntryPoint Entry,
    IReadOnlyList<string> Prelude,
    int StackSizeKb,
    IReadOnlyList<string> Restrictions,
    IChecker Checker,
    IReadOnlyList<TestGroup> Groups,
    IReadOnlyList<ReferenceSolution> References)
{
    /// <summary>The stack a submission's tests run on unless the problem sets one; runners warm up a thread of this size.</summary>
    public const int DefaultStackSizeKb = 8 * 1024;

    public IEnumerable<TestCase> AllTests => Groups.SelectMany(g => g.Tests);

    public IEnumerable<TestCase> Samples => Groups.Where(g => g.IsSample).SelectMany(g => g.Tests);

    public double WeightOf(string groupName) => Groups.First(g => g.Name == groupName).Weight;
}

/// <summary>Per-test time limit and the memory limit of the whole run.</summary>
public sealed record ProblemLimits(int TimeMs, int MemoryMb)
{
    public static ProblemLimits Default { get; } = new(TimeMs: 2000, MemoryMb: 256);
}

/// <summary>
/// Where the judge calls into the submission: the class, and for function problems the method.
/// <paramref name="ResultFromArgument"/> names the argument the judge reads back after an in-place method returns.
/// <paramref name="ExceptionsAsResults"/>: an exception is an outcome the tests expect (<c>{"throws": "ArgumentException"}</c>),
/// not a runtime error; for problems whose statement says when to throw.
/// </summary>
public sealed record EntryPoint(string ClassName, string? MethodName, int? ResultFromArgument = null, bool ExceptionsAsResults = false);

/// <summary>
/// An ordered, weighted group of tests. Sample groups are shown to users in full. Tests load on first use
/// (generated groups run their generator once) and stay cached. A load that fails is not cached: a generator's
/// script compiles in a compiler worker, which can time out under load, and the next use tries again.
/// </summary>
public sealed class TestGroup(string name, double weight, bool isSample, Func<IReadOnlyList<TestCase>> load)
{
    private readonly Lock loading = new();
    private IReadOnlyList<TestCase>? tests;

    public string Name => name;

    public double Weight => weight;

    public bool IsSample => isSample;

    public IReadOnlyList<TestCase> Tests
    {
        get
        {
            if (Volatile.Read(ref tests) is { } loaded)
            {
                return loaded;
            }
            lock (loading)
            {
                return tests ??= load();
            }
        }
    }
}

/// <summary>
/// One test. Its input is JSON: an argument array (function), an operations object (design) or a string (stdio).
/// Its expected output is JSON too (raw text for stdio) and never leaves the host.
/// Both are UTF-8, the way they go to the runner and into the checker's parser (as .NET strings the bank's tests
/// took twice the bytes), held in memory or, for large generated tests, in a <see cref="TestStore"/>.
/// <see cref="Input"/> and <see cref="Expected"/> decode a string on each call, for the few places that show a sample.
/// A test is its own identity: it keys results while a submission runs, without hashing megabytes.
/// </summary>
public sealed class TestCase(string name, string group, TestData inputUtf8, TestData expectedUtf8)
{
    public TestCase(string name, string group, byte[] inputUtf8, byte[] expectedUtf8)
        : this(name, group, new TestData(inputUtf8), new TestData(expectedUtf8))
    {
    }

    public TestCase(string name, string group, string input, string expected)
        : this(name, group, Encoding.UTF8.GetBytes(input), Encoding.UTF8.GetBytes(expected))
    {
    }

    public string Name => name;

    public string Group => group;

    public TestData InputUtf8 => inputUtf8;

    public TestData ExpectedUtf8 => expectedUtf8;

    public string Input => inputUtf8.ToString();

    public string Expected => expectedUtf8.ToString();

    /// <summary>The input as users see it: stdio inputs are stored as JSON strings, shown as the text itself.</summary>
    public string DisplayInput(ProblemKind kind)
    {
        if (kind != ProblemKind.Stdio)
        {
            return Input;
        }
        using var input = inputUtf8.Lease();
        return System.Text.Json.JsonSerializer.Deserialize<string>(input.Memory.Span) ?? "";
    }
}

/// <summary>A solution shipped with the problem and the verdict it must get.</summary>
public sealed record ReferenceSolution(string File, string Source, Verdicts.Verdict ExpectedVerdict);
