namespace Judge.Core.Checking;

/// <summary>Decides whether a test's actual output matches the expected one.</summary>
public interface IChecker
{
    /// <summary>The name used in <c>problem.json</c>.</summary>
    string Name { get; }

    /// <param name="expected">The expected output, as stored in the problem (JSON, or raw text for stdio).</param>
    /// <param name="actual">What the submission produced, as the runner reported it.</param>
    /// <param name="input">The test's input, for checkers that judge an answer against it (custom checkers).</param>
    CheckResult Check(string expected, string actual, string? input = null);
}

/// <summary>The checker's answer; <see cref="Message"/> says where the outputs first differ.</summary>
public sealed record CheckResult(bool Passed, string? Message)
{
    public static CheckResult Pass { get; } = new(true, null);

    public static CheckResult Fail(string message) => new(false, message);
}
