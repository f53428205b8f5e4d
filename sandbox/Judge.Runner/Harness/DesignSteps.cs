using Judge.Runner.Values;

namespace Judge.Runner.Harness;

/// <summary>
/// One operation of a design test, bound to its member and arguments, run against the instance the constructor
/// made. An object rather than a closure: a test may hold 100000 of them, and a closure was a delegate and a
/// captured frame each, twice the memory for the garbage collector to copy while the test is prepared.
/// </summary>
public abstract class DesignStep
{
    public abstract object? Run(object? instance);
}

/// <summary>A call of the submission's member (the constructor, for the first operation), directly where the member has a direct call.</summary>
public sealed class CallStep(Invoker invoker, Overload member, object?[] arguments) : DesignStep
{
    public override object? Run(object? instance) => invoker.Call(member.Member, instance, arguments, member.Direct);
}

/// <summary><c>@advance</c>: moves the judge's clock.</summary>
public sealed class AdvanceStep(object? clock, long milliseconds) : DesignStep
{
    public override object? Run(object? instance) => JudgeClock.Advance(clock, milliseconds);
}

/// <summary><c>@parallel</c>: threads race to make the same call (see <see cref="ParallelCalls"/>).</summary>
public sealed class ParallelStep(int threads, int callsPerThread, DesignStep call, ValueWriter writer) : DesignStep
{
    public override object? Run(object? instance) => ParallelCalls.Run(threads, callsPerThread, () => call.Run(instance), writer);
}
