using System.Diagnostics.CodeAnalysis;
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
    /// The members named <paramref name="name"/> that take <paramref name="arity"/> arguments, most specific first (fewest
    /// <c>object</c> parameters; otherwise in declaration order), with their parameter types: worth computing once per
    /// operation and arity, since a design test may call the same operation thousands of times.
    /// </summary>
    /// <remarks>Loops rather than LINQ: this runs in every design runner's first test, where each LINQ operator is a type to load.</remarks>
    public static Overload[] Order(MethodBase[] members, string name, int arity)
    {
        var ordered = new List<Overload>();
        foreach (var member in members)
        {
            if (member.Name != name)
            {
                continue;
            }
            var parameters = member.GetParameters();
            if (parameters.Length != arity)
            {
                continue;
            }
            var types = new Type[arity];
            for (var i = 0; i < arity; i++)
            {
                types[i] = parameters[i].ParameterType;
            }
            var overload = new Overload(member, types);
            // An insertion sort, stable: after every overload with as few object parameters.
            var at = ordered.Count;
            while (at > 0 && ObjectParameters(ordered[at - 1]) > ObjectParameters(overload))
            {
                at--;
            }
            ordered.Insert(at, overload);
        }
        return [.. ordered];
    }

    /// <summary>
    /// Reads the values as the parameters of the first of <paramref name="overloads"/> (in <see cref="Order"/>'s order)
    /// that they fit; false when none does.
    /// </summary>
    public static bool TryBind(
        Overload[] overloads, List<JsonSlice> values, ValueReader reader, [NotNullWhen(true)] out Overload? member, [NotNullWhen(true)] out object?[]? arguments)
    {
        foreach (var overload in overloads)
        {
            try
            {
                var read = new object?[values.Count];
                for (var i = 0; i < read.Length; i++)
                {
                    read[i] = reader.Read(values[i], overload.Parameters[i]);
                }
                (member, arguments) = (overload, read);
                return true;
            }
            catch (Exception e) when (e is InvalidOperationException or NotSupportedException or FormatException or OverflowException or KeyNotFoundException)
            {
                // The arguments do not fit this overload; try the next.
            }
        }
        (member, arguments) = (null, null);
        return false;
    }

    private static int ObjectParameters(Overload overload)
    {
        var count = 0;
        foreach (var type in overload.Parameters)
        {
            if (type == typeof(object))
            {
                count++;
            }
        }
        return count;
    }
}

/// <summary>A member that an operation may call, with its parameter types; one per runner, so its bindings count across tests.</summary>
public sealed class Overload(MethodBase member, Type[] parameters)
{
    private int bindings;

    public MethodBase Member { get; } = member;

    public Type[] Parameters { get; } = parameters;

    /// <summary>The member called without reflection, once it has been bound often enough (see <see cref="DirectCalls"/>).</summary>
    public DirectCall? Direct { get; private set; }

    /// <summary>Counts one more operation bound to this member, emitting its direct call when that becomes worth it.</summary>
    public void CountBinding()
    {
        if (++bindings == DirectCalls.WorthFromBindings)
        {
            Direct = DirectCalls.TryCreate(Member, Parameters);
        }
    }
}

/// <summary>The submission lacks what the judge must call: the submission's fault, reported as a runtime error.</summary>
/// <param name="publicMessage">The same without what comes from the test's input (an operation's name), for hidden tests.</param>
public sealed class SubmissionShapeException(string message, string publicMessage) : Exception(message)
{
    public string PublicMessage { get; } = publicMessage;
}
