namespace Judge.Runner.Harness;

/// <summary>Knows how to call one kind of submission: function, design or stdio.</summary>
public interface ITestHarness
{
    /// <summary>Reads the test's input and builds the arguments (not timed); returns the timed call.</summary>
    Func<object?> Prepare(string input);

    /// <summary>Turns what the call returned, and what it printed, into the output the host checks (not timed).</summary>
    string Render(object? result, string stdout);
}
