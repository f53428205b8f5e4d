using Judge.Core.Problems;
using Judge.Core.Protocol;
using Judge.Runner.Harness;

namespace Judge.Runner;

/// <summary>
/// Runs the runner's own hot paths once while the runner waits in the pool, so that a submission does not pay
/// for their first use: the protocol, loading an assembly from bytes into a context of its own, the function and
/// design harnesses (argument reading, overload binding, the submission thread, result writing) on a stand-in
/// submission (Judge.Runner.StandIn, embedded in the runner), and the memory probe. The stand-in is loaded as a
/// submission is, because the first assembly a process loads from bytes pays for the loader's own first use, and
/// the first reflection over a module without precompiled code pays for its metadata's: 1.3 and 0.45 ms of a run's
/// time when the warm-up used types of the runner's own.
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

    /// <summary>
    /// Warms up, and returns the submission thread it ran on (with the problem's default stack size), for the run to
    /// use; null when the warm-up failed, since that thread may then be stuck.
    /// </summary>
    public static SubmissionThread? Run(ProblemKind? kind = null)
    {
        try
        {
            var thread = new SubmissionThread(Problem.DefaultStackSizeKb);
            Exercise(kind, thread);
            return thread;
        }
        catch (Exception e)
        {
            // Warming up is an optimisation: it must never stop the runner from serving.
            Console.Error.WriteLine($"warm-up failed: {e.Message}");
            return null;
        }
    }

    private static void Exercise(ProblemKind? kind, SubmissionThread thread)
    {
        // An array, as the host's requests read back: a one-item collection expression would be a list type of its own.
        RunTest[] tests = [new RunTest(0, """[[1,2,3],"abc",true,2.5,[[1],[2]],[1,[2,[3]]]]""")];
        // An assembly's worth of bytes, so that the frame outgrows the writer's first buffer, as a real request does.
        var request = new RunRequest(new byte[4096], null, ProblemKind.Function, new EntryPoint("Solution", "F"), 1000, 1000, 1024, tests);
        using var buffer = new MemoryStream();
        Frames.Write(buffer, request);
        buffer.Position = 0;
        _ = Frames.Read<RunRequest>(buffer)!;

        var standIn = LoadStandIn();
        // On the submission thread, watched, as the real tests will run.
        var executor = new TestExecutor(timeLimitMs: 10_000, outputLimitBytes: 1 << 20);
        var overrun = thread.Run(executor, () =>
        {
            if (kind is null or ProblemKind.Function)
            {
                var function = HarnessFactory.For(ProblemKind.Function, standIn, new EntryPoint(StandInNamespace + "StandInSolution", "Run"));
                Check(executor.Execute(function, new RunTest(0, """[[3,1,2],"abc",true,2.5,[[1],[2,3]],[1,[2,[3]]]]""")));
            }
            if (kind is null or ProblemKind.Design)
            {
                var design = HarnessFactory.For(ProblemKind.Design, standIn, new EntryPoint(StandInNamespace + "StandInDesign", null, ExceptionsAsResults: true));
                Check(executor.Execute(design, new RunTest(1, $$"""{"ops":["{{StandInNamespace}}StandInDesign","Put","Get","get_Count","Take"],"args":[[2],[1,10],[1],[],[5]]}""")));
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

    private const string StandInNamespace = "Judge.Runner.StandIn.";

    /// <summary>The stand-in submission, from the runner's resources, loaded as <see cref="SubmissionLoader"/> loads a submission.</summary>
    private static System.Reflection.Assembly LoadStandIn()
    {
        using var resource = typeof(Warmup).Assembly.GetManifestResourceStream("StandIn.dll")
            ?? throw new InvalidOperationException("The runner was built without its stand-in submission.");
        var image = new byte[resource.Length];
        resource.ReadExactly(image);
        return SubmissionLoader.Load(image, null);
    }

    private static void Check(RunEvent result)
    {
        if (result.Outcome != RunOutcome.Completed)
        {
            throw new InvalidOperationException($"{result.Outcome}: {result.Message}");
        }
    }
}
