using System.Reflection;
using Judge.Runner.Json;
using Judge.Runner.Values;

namespace Judge.Runner.Harness;

/// <summary>
/// Picks the overload a test's arguments fit: same count, and every argument readable as its parameter's
/// type. The most specific wins: parameters of the submission's own types before <c>object</c>, so
/// <c>Equals(Vector)</c> beats <c>Equals(object)</c>, and <c>op_Multiply(int, Vector)</c> is found for <c>[3, [1, 2]]</c>.
/// </summary>
public static class Overloads
{
    /// <summary>
    /// The candidates that take <paramref name="arity"/> arguments, most specific first, with their parameter types:
    /// worth computing once per operation and arity, since a design test may call the same operation thousands of times.
    /// </summary>
    public static Overload[] Order(IEnumerable<MethodBase> candidates, int arity) =>
        [.. candidates
            .Select(m => new Overload(m, [.. m.GetParameters().Select(p => p.ParameterType)]))
            .Where(o => o.Parameters.Length == arity)
            .OrderBy(o => o.Parameters.Count(t => t == typeof(object)))];

    /// <summary>The first of <paramref name="overloads"/> (in <see cref="Order"/>'s order) that the values fit, with the values read.</summary>
    public static (MethodBase Member, object?[] Arguments)? Bind(IReadOnlyList<Overload> overloads, IReadOnlyList<JsonSlice> values, ValueReader reader)
    {
        foreach (var overload in overloads)
        {
            try
            {
                var arguments = new object?[values.Count];
                for (var i = 0; i < arguments.Length; i++)
                {
                    arguments[i] = reader.Read(values[i], overload.Parameters[i]);
                }
                return (overload.Member, arguments);
            }
            catch (Exception e) when (e is InvalidOperationException or NotSupportedException or FormatException or OverflowException or KeyNotFoundException)
            {
                // The arguments do not fit this overload; try the next.
            }
        }
        return null;
    }
}

/// <summary>A member that an operation may call, with its parameter types.</summary>
public sealed record Overload(MethodBase Member, Type[] Parameters);

/// <summary>The submission lacks what the judge must call: the submission's fault, reported as a runtime error.</summary>
/// <param name="publicMessage">The same without what comes from the test's input (an operation's name), for hidden tests.</param>
public sealed class SubmissionShapeException(string message, string publicMessage) : Exception(message)
{
    public string PublicMessage { get; } = publicMessage;
}
