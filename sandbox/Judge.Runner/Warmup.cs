using Judge.Core.Problems;
using Judge.Core.Protocol;
using Judge.Runner.Values;

namespace Judge.Runner;

/// <summary>
/// Runs the runner's own hot paths once on made-up data while the runner waits in the pool, so that a
/// submission does not pay for JIT-compiling the protocol, the JSON readers and writers (a few hundred ms cold).
/// </summary>
public static class Warmup
{
    public static void Run()
    {
        try
        {
            Exercise();
        }
        catch (Exception e)
        {
            // Warming up is an optimisation: it must never stop the runner from serving.
            Console.Error.WriteLine($"warm-up failed: {e.Message}");
        }
    }

    private static void Exercise()
    {
        var request = new RunRequest([1, 2, 3], null, ProblemKind.Function, new EntryPoint("Solution", "F"), 1000, 1000, 1024,
            [new RunTest(0, """[[1,2,3],"abc",true,2.5,[[1],[2]],[1,[2,[3]]]]""")]);
        using var buffer = new MemoryStream();
        Frames.Write(buffer, request);
        buffer.Position = 0;
        var echoed = Frames.Read<RunRequest>(buffer)!;

        var reader = new ValueReader();
        var arguments = JsonArguments.Split(echoed.Tests[0].Input);
        Type[] types = [typeof(int[]), typeof(string), typeof(bool), typeof(double), typeof(IList<IList<int>>), typeof(object)];
        var values = arguments.Select((a, i) => reader.Read(a, types[i])).ToList();
        new ValueWriter().Write(values);
        Frames.Write(Stream.Null, new RunEvent(RunEventType.Finished, 0, RunOutcome.Completed, "[1]", 1, 1, null));
    }
}
