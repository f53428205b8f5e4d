using System.Reflection;
using System.Text.Json;
using Judge.Runner.Values;

namespace Judge.Runner.Harness;

/// <summary>
/// Picks the overload a test's arguments fit: same count, and every argument readable as its parameter's
/// type. The most specific wins: parameters of the submission's own types before <c>object</c>, so
/// <c>Equals(Vector)</c> beats <c>Equals(object)</c>, and <c>op_Multiply(int, Vector)</c> is found for <c>[3, [1, 2]]</c>.
/// </summary>
public static class Overloads
{
    public static (MethodBase Member, object?[] Arguments)? Bind(IEnumerable<MethodBase> candidates, IReadOnlyList<JsonElement> values, ValueReader reader)
    {
        foreach (var member in candidates.Where(m => m.GetParameters().Length == values.Count).OrderBy(Vagueness))
        {
            var parameters = member.GetParameters();
            try
            {
                return (member, parameters.Select((p, i) => reader.Read(values[i], p.ParameterType)).ToArray());
            }
            catch (Exception e) when (e is InvalidOperationException or NotSupportedException or FormatException or JsonException or OverflowException or KeyNotFoundException)
            {
                // The arguments do not fit this overload; try the next.
            }
        }
        return null;
    }

    private static int Vagueness(MethodBase member) => member.GetParameters().Count(p => p.ParameterType == typeof(object));
}

/// <summary>The submission lacks what the judge must call: the submission's fault, reported as a runtime error.</summary>
/// <param name="publicMessage">The same without what comes from the test's input (an operation's name), for hidden tests.</param>
public sealed class SubmissionShapeException(string message, string publicMessage) : Exception(message)
{
    public string PublicMessage { get; } = publicMessage;
}
