using System.Reflection;

namespace Judge.Runner.Harness;

/// <summary>
/// Calls a submission's member. Exceptions surface unwrapped with their stack traces; where the problem
/// expects exceptions as outcomes, the exception's type becomes the result instead. A returned task is
/// awaited inside the call, so its time counts, and its result is the call's result.
/// </summary>
public sealed class Invoker(bool exceptionsAsResults)
{
    private const BindingFlags Flags = BindingFlags.DoNotWrapExceptions;

    /// <param name="direct">
    /// The member's direct call, if it has one (see <see cref="DirectCalls"/>). An instance method without an
    /// instance (the constructor threw, and the test expected it) still goes through reflection, whose exception
    /// for that is the test's result.
    /// </param>
    public object? Call(MethodBase member, object? instance, object?[] arguments, DirectCall? direct = null)
    {
        try
        {
            var result = direct is not null && (instance is not null || member.IsStatic)
                ? direct(instance, arguments)
                : member is ConstructorInfo constructor
                ? constructor.Invoke(Flags, null, arguments, null)
                : member.Invoke(member.IsStatic ? null : instance, Flags, null, arguments, null);
            return result is Task task ? Await(task) : result;
        }
        catch (Exception e) when (exceptionsAsResults && e is not (OutOfMemoryException or InsufficientExecutionStackException))
        {
            return new Thrown(e.GetType().Name);
        }
    }

    /// <summary>The value of a finished task (null for a plain <see cref="Task"/>).</summary>
    private static object? Await(Task task)
    {
        task.GetAwaiter().GetResult();
        var type = task.GetType();
        return type.IsGenericType && type.GetProperty("Result") is { } result && result.PropertyType.Name != "VoidTaskResult"
            ? result.GetValue(task)
            : null;
    }
}

/// <summary>An exception the test expects; written as <c>{"throws": "TypeName"}</c>.</summary>
public sealed record Thrown(string Type);
