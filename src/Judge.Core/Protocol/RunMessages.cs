using Judge.Core.Problems;

namespace Judge.Core.Protocol;

/// <summary>
/// Host to runner: one compiled submission and the inputs of the tests to run, in order.
/// Expected outputs are never part of it.
/// </summary>
public sealed record RunRequest(
    byte[] Assembly,
    byte[]? Symbols,
    ProblemKind Kind,
    EntryPoint Entry,
    int TimeLimitMs,
    int OutputLimitBytes,
    int StackSizeKb,
    IReadOnlyList<RunTest> Tests);

/// <summary>
/// One test's input as UTF-8, as the host keeps it (in memory or stored on disk) and the frame carries it: the host
/// writes it without encoding a string, and the runner decodes it (<see cref="Input"/>) only when the test starts.
/// </summary>
public sealed record RunTest(int Index, TestData InputUtf8)
{
    public RunTest(int index, ReadOnlyMemory<byte> inputUtf8)
        : this(index, new TestData(inputUtf8))
    {
    }

    public RunTest(int index, string input)
        : this(index, System.Text.Encoding.UTF8.GetBytes(input))
    {
    }

    /// <summary>The input as text, in the runner, which holds its inputs in memory (a slice of its request).</summary>
    public string Input => System.Text.Encoding.UTF8.GetString(InputUtf8.Memory.Span);
}

/// <summary>
/// Runner to host: a test is about to start (if the runner dies now, this test is the culprit), has finished,
/// or the runner cannot go on.
/// </summary>
/// <param name="Output">What the runner writes. A frame the host reads carries it in <see cref="OutputUtf8"/> instead, undecoded.</param>
/// <param name="Message">The whole story, which may quote the submission (an exception's message) or the test's input.</param>
/// <param name="PublicMessage">
/// The message as a hidden test may show it: only the judge's own words and the exception's type and line, nothing the
/// submission chose and nothing of the input. Null when no such message exists; the host then says only the verdict.
/// </param>
public sealed record RunEvent(
    RunEventType Type,
    int Index,
    RunOutcome Outcome = RunOutcome.Completed,
    string? Output = null,
    double TimeMs = 0,
    long MemoryKb = 0,
    string? Message = null,
    string? PublicMessage = null)
{
    /// <summary>
    /// The output as the frame carried it, in UTF-8, where a frame read back has it (null when there is none): the
    /// host hands it to the checker as it is. Decoded to a string, a large problem's outputs took twice their bytes,
    /// on the large object heap, and the checker encoded them again.
    /// </summary>
    public ReadOnlyMemory<byte>? OutputUtf8 { get; init; }
}

public enum RunEventType
{
    Started,
    Finished,
    Fatal,
}

/// <summary>What the runner saw; the host turns it into a verdict with the problem's checker.</summary>
public enum RunOutcome
{
    Completed,
    Exception,
    TimeLimit,
    MemoryLimit,
    OutputLimit,
    SetupError,
}
