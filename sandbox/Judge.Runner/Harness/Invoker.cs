using System.Reflection;

namespace Judge.Runner.Harness;

/// <summary>
/// Calls a submission's member. Exceptions surface unwrapped with their stack traces; where the problem
/// expects exceptions as outcomes, the exception's type becomes the result instead.
/// </summary>
public sealed class Invoker(bool exceptionsAsResults)
{
    private const BindingFlags Flags = BindingFlags.DoNotWrapExceptions;

    public object? Call(MethodBase member, object? instance, object?[] arguments)
    {
        try
        {
            return member is ConstructorInfo constructor
                ? constructor.Invoke(Flags, null, arguments, null)
                : member.Invoke(member.IsStatic ? null : instance, Flags, null, arguments, null);
        }
        catch (Exception e) when (exceptionsAsResults && e is not (OutOfMemoryException or InsufficientExecutionStackException))
        {
            return new Thrown(e.GetType().Name);
        }
    }
}

/// <summary>An exception the test expects; written as <c>{"throws": "TypeName"}</c>.</summary>
public sealed record Thrown(string Type);
