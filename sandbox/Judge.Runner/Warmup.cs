using Judge.Core.Problems;
using Judge.Core.Protocol;
using Judge.Runner.Harness;

namespace Judge.Runner;

/// <summary>
/// Runs the runner's own hot paths once while the runner waits in the pool, so that a submission does not pay
/// for their first use: the protocol, the function and design harnesses (argument reading, overload binding,
/// the submission thread, result writing) on stand-in types of the runner's own, and the memory probe.
/// A runner started for one kind of problem warms up that kind's harness only: each harness's warm-up costs a runner
/// about 5 ms of CPU, which a submission of the other kind never gets back.
/// </summary>
public static class Warmup
{
    /// <summary>The kind named by the runner's one argument; null (warm up every harness) without one.</summary>
    public static ProblemKind? KindFrom(string[] args) => args switch
    {
        [nameof(ProblemKind.Function)] => ProblemKind.Function,
        [nameof(ProblemKind.Design)] => ProblemKind.Design,
        [nameof(ProblemKind.Stdio)] => ProblemKind.Stdio,
        _ => null,
    };

    public static void Run(ProblemKind? kind = null)
    {
        try
        {
            Exercise(kind);
        }
        catch (Exception e)
        {
            // Warming up is an optimisation: it must never stop the runner from serving.
            Console.Error.WriteLine($"warm-up failed: {e.Message}");
        }
    }

    private static void Exercise(ProblemKind? kind)
    {
        // An array, as the host's requests read back: a one-item collection expression would be a list type of its own.
        RunTest[] tests = [new RunTest(0, """[[1,2,3],"abc",true,2.5,[[1],[2]],[1,[2,[3]]]]""")];
        // An assembly's worth of bytes, so that the frame outgrows the writer's first buffer, as a real request does.
        var request = new RunRequest(new byte[4096], null, ProblemKind.Function, new EntryPoint("Solution", "F"), 1000, 1000, 1024, tests);
        using var buffer = new MemoryStream();
        Frames.Write(buffer, request);
        buffer.Position = 0;
        _ = Frames.Read<RunRequest>(buffer)!;

        var self = typeof(Warmup).Assembly;
        // On a submission thread of its own, watched, as the real tests will run.
        var executor = new TestExecutor(timeLimitMs: 10_000, outputLimitBytes: 1 << 20);
        var overrun = SubmissionThread.Run(stackSizeKb: 256, executor, () =>
        {
            if (kind is null or ProblemKind.Function)
            {
                var function = HarnessFactory.For(ProblemKind.Function, self, new EntryPoint(typeof(WarmupSolution).FullName!, nameof(WarmupSolution.Run)));
                Check(executor.Execute(function, new RunTest(0, """[[3,1,2],"abc",true,2.5,[[1],[2,3]],[1,[2,[3]]]]""")));
            }
            if (kind is null or ProblemKind.Design)
            {
                var design = HarnessFactory.For(ProblemKind.Design, self, new EntryPoint(typeof(WarmupDesign).FullName!, null));
                Check(executor.Execute(design, new RunTest(1, $$"""{"ops":["{{typeof(WarmupDesign).FullName}}","Put","Get","get_Count"],"args":[[2],[1,10],[1],[]]}""")));
            }
        });
        if (overrun is not null)
        {
            Check(overrun);
        }
        // Not the original Console.Out, which the warm-up never reads: its first use sets up the console's encoding,
        // about 6 ms of CPU, and the runner's own stdout is never written (the protocol has a descriptor of its own).
        Console.SetOut(TextWriter.Null);
        Frames.Write(Stream.Null, new RunEvent(RunEventType.Finished, 0, RunOutcome.Completed, "[1]", 1, 1, null), new RunEvent(RunEventType.Started, 1));
    }

    private static void Check(RunEvent result)
    {
        if (result.Outcome != RunOutcome.Completed)
        {
            throw new InvalidOperationException($"{result.Outcome}: {result.Message}");
        }
    }
}

/// <summary>A stand-in function submission for the warm-up.</summary>
public sealed class WarmupSolution
{
    /// <remarks>With an interpolated string, as submissions often build one: its handler rents from the shared char pool.</remarks>
    public int[] Run(int[] numbers, string text, bool flag, double scale, IList<IList<int>> rows, IList<object> nested) =>
        [numbers.Length, $"{text}:{numbers[0]}".Length, flag ? 1 : 0, (int)scale, rows.Count, nested.Count];
}

/// <summary>A stand-in design submission for the warm-up.</summary>
public sealed class WarmupDesign(int capacity)
{
    private readonly Dictionary<int, int> values = new(capacity);

    public int Count => values.Count;

    public void Put(int key, int value) => values[key] = value;

    public int Get(int key) => values.TryGetValue(key, out var value) ? value : -1;
}
