namespace Judge.Core.Checking;

/// <summary>Decides whether a test's actual output matches the expected one.</summary>
public interface IChecker
{
    /// <summary>The name used in <c>problem.json</c>.</summary>
    string Name { get; }

    /// <param name="expected">The expected output as the problem stores it, in UTF-8 (JSON, or raw text for stdio).</param>
    /// <param name="actual">
    /// What the submission produced, in UTF-8 as the runner reported it. The runner is not trusted: these bytes may not
    /// be valid UTF-8, which a checker must treat as a wrong answer, never as an error of its own.
    /// </param>
    /// <param name="input">The test's input in UTF-8, for checkers that judge an answer against it (custom checkers); empty when there is none.</param>
    CheckResult Check(ReadOnlyMemory<byte> expected, ReadOnlyMemory<byte> actual, ReadOnlyMemory<byte> input);

    /// <summary>Whether <see cref="Check"/> reads the input: a large stored input is read from disk only for those that do.</summary>
    bool ReadsInput => false;
}

/// <summary>Checking outputs held as strings rather than as a cached test (the checkers' own tests do).</summary>
public static class CheckerText
{
    /// <summary>Checks outputs given as strings; a null input is none.</summary>
    public static CheckResult Check(this IChecker checker, string expected, string actual, string? input = null) =>
        checker.Check(System.Text.Encoding.UTF8.GetBytes(expected), System.Text.Encoding.UTF8.GetBytes(actual), input is null ? default : System.Text.Encoding.UTF8.GetBytes(input));
}

/// <summary>The checker's answer; <see cref="Message"/> says where the outputs first differ.</summary>
public sealed record CheckResult(bool Passed, string? Message)
{
    public static CheckResult Pass { get; } = new(true, null);

    public static CheckResult Fail(string message) => new(false, message);

    /// <summary>For an output whose bytes are not UTF-8 (see <see cref="IChecker.Check"/>), in every checker's words alike.</summary>
    public static CheckResult NotUtf8 { get; } = Fail("The output is not valid UTF-8.");
}
