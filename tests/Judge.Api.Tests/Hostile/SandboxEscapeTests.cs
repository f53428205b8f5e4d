using Judge.Core.Checking;
using Judge.Core.Problems;
using Judge.Core.Protocol;
using Judge.Engine.Running;
using Judge.Sandbox;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Judge.Api.Tests.Hostile;

/// <summary>
/// Defence in depth: each probe under <c>tests/hostile/os/</c> is compiled WITHOUT the judge's API allow-list
/// and run in the real sandbox, to show that the operating-system layer alone contains it. A probe returns
/// "blocked: ..." when the attack failed and "ESCAPED: ..." when it worked; crashing or being killed is contained too.
/// </summary>
[Collection(nameof(HostileCollection))]
public sealed class SandboxEscapeTests(HostChecks host)
{
    private static readonly WorkerLauncher Launcher = new(new SandboxOptions());
    private static readonly Engine.JudgeMetrics Metrics = new();
    private static readonly SandboxRunner Runner = new(new RunnerPool(Launcher, new RunnerOptions { PoolSize = 0 }, Metrics), new RunnerOptions { PoolSize = 0 }, Metrics);

    /// <summary>The probe's one result, its output decoded while the runner's frame buffer still holds it.</summary>
    private static async Task<(RawResult Result, string Output)> RunProbeAsync(CompileResponse compiled)
    {
        var output = "";
        var results = await Runner.RunAsync(ProbeProblem, compiled, r => output = r.Output is { } bytes ? System.Text.Encoding.UTF8.GetString(bytes.Span) : "");
        return (results.Single(), output);
    }

    public static TheoryData<string> Probes() => HostileCorpus.Names("os");

    [Theory]
    [MemberData(nameof(Probes))]
    public async Task Probe_CompiledWithoutTheAllowList_IsStillContainedByTheSandbox(string name)
    {
        Environment.SetEnvironmentVariable("JUDGE_TEST_SECRET", "must-not-leak");
        var compiled = CompileUnvetted(HostileCorpus.Source("os", name));

        var (result, output) = await RunProbeAsync(compiled);

        Assert.False(output.Contains("ESCAPED", StringComparison.Ordinal), $"{name}: {output}");
        if (result.Outcome == RunOutcome.Completed)
        {
            Assert.StartsWith("\"blocked", output);
        }
        if (name == "native-memory-bomb")
        {
            Assert.Equal(RunOutcome.MemoryLimit, result.Outcome);
        }
        await host.AssertHostUntouchedAsync(name);
    }

    [Fact]
    public async Task ExitingEarlyWithCodeZero_IsARuntimeErrorNotAPass()
    {
        var compiled = CompileUnvetted("using System.IO;\npublic class Solution { public string Probe() { Environment.Exit(0); return \"\"; } }");

        var (result, _) = await RunProbeAsync(compiled);

        Assert.Equal(RunOutcome.Exception, result.Outcome);
        Assert.Contains("ended during this test (exit code 0)", result.Message);
        await host.AssertHostUntouchedAsync("exit");
    }

    /// <summary>
    /// The runner's bundle carries its runtime switches (see Judge.Runner.csproj): no EventSource, whose set-up at every
    /// start cost each runner about 3 ms of CPU, and reflection on the interpreted path.
    /// </summary>
    [Fact]
    public async Task Runner_StartsWithoutEventSources_AndWithInterpretedReflection()
    {
        var compiled = CompileUnvetted(
            """
            public class Solution
            {
                public string Probe()
                {
                    AppContext.TryGetSwitch("System.Diagnostics.Tracing.EventSource.IsSupported", out var eventSources);
                    AppContext.TryGetSwitch("Switch.System.Reflection.ForceInterpretedInvoke", out var interpreted);
                    return $"event sources {eventSources}, interpreted {interpreted}";
                }
            }
            """);

        var (result, output) = await RunProbeAsync(compiled);

        Assert.Equal("\"event sources False, interpreted True\"", output);
    }

    /// <summary>
    /// A runner's start and warm-up load only the assemblies a run needs: System.Linq, which the warm-up once loaded for
    /// one <c>Sum</c>, cost each runner about 2 ms of CPU. The probe lists what is loaded without LINQ of its own.
    /// </summary>
    [Fact]
    public async Task Runner_LoadsNoLinq_BeforeTheSubmissionDoes()
    {
        var compiled = CompileUnvetted(
            """
            public class Solution
            {
                public string Probe()
                {
                    var names = new System.Text.StringBuilder();
                    foreach (var assembly in AppDomain.CurrentDomain.GetAssemblies())
                    {
                        names.Append(assembly.GetName().Name).Append(',');
                    }
                    return names.ToString();
                }
            }
            """);

        var (_, output) = await RunProbeAsync(compiled);

        Assert.Contains("System.Private.CoreLib,", output);
        Assert.Contains("Judge.Runner,", output);
        Assert.DoesNotContain("System.Linq,", output);
    }

    /// <summary>The host's checks find a runner while one lives, so that "none left" after each probe means something.</summary>
    [Fact]
    public async Task HostChecks_SeeALiveRunner_AndItsCgroup()
    {
        using (var runner = Launcher.Start(WorkerKind.Runner, heapMb: 64, cpuSeconds: 10))
        {
            Assert.NotEmpty(HostChecks.RunnerProcesses());
            Assert.NotEmpty(HostChecks.RunnerCgroups());
        }
        await host.AssertHostUntouchedAsync("a runner started and disposed");
    }

    /// <summary>
    /// A disposed worker leaves none of its pipes open in the host: <c>Process.Dispose</c> leaves redirected pipes to
    /// the garbage collector's finalizers, and under load the host held more of them after every thousand submissions.
    /// </summary>
    [Fact]
    public async Task FinishedRunners_LeaveNoPipeOpenInTheHost()
    {
        // The first start opens what the process keeps for good (the runtime's pipe for child-exit signals, say).
        // Its own stderr may close later still, which only lowers the count.
        using (Launcher.Start(WorkerKind.Runner, heapMb: 64, cpuSeconds: 10))
        {
        }
        var before = HostPipes();
        for (var i = 0; i < 5; i++)
        {
            using var runner = Launcher.Start(WorkerKind.Runner, heapMb: 64, cpuSeconds: 10);
        }
        var compiled = CompileUnvetted("public class Solution { public string Probe() => \"blocked\"; }");
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(RunOutcome.Completed, (await RunProbeAsync(compiled)).Result.Outcome);
        }
        await WhilePipesAbove(before);
        Assert.True(HostPipes() <= before, $"{HostPipes() - before} pipes of ten finished runners are still open in the host");
        await host.AssertHostUntouchedAsync("five runners started and disposed");
    }

    /// <summary>Waits up to 5 s for the count to fall to <paramref name="count"/>: a drain thread closes stderr once the killed runner's end is gone.</summary>
    private static async Task WhilePipesAbove(int count)
    {
        for (var attempt = 0; attempt < 50 && HostPipes() > count; attempt++)
        {
            await Task.Delay(100);
        }
    }

    private static int HostPipes() =>
        Directory.GetFiles("/proc/self/fd").Count(fd => new FileInfo(fd).LinkTarget?.StartsWith("pipe:", StringComparison.Ordinal) == true);

    private static readonly Problem ProbeProblem = new(
        "probe", "Probe", "Easy", [], ProblemKind.Function, "", "", new ProblemLimits(5000, 256),
        new EntryPoint("Solution", "Probe"), [], 1024, [], Checkers.Exact,
        [new TestGroup("probe", 1, true, () => [new TestCase("probe", "probe", "[]", "\"blocked\"")])], []);

    /// <summary>Real Roslyn, but none of the judge's checks: the submission gets everything the OS allows.</summary>
    private static CompileResponse CompileUnvetted(string source)
    {
        var compilation = CSharpCompilation.Create(
            "Probe",
            [CSharpSyntaxTree.ParseText(Judge.Compiler.JudgePrelude.GlobalUsings), CSharpSyntaxTree.ParseText(source)],
            Basic.Reference.Assemblies.Net100.References.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, allowUnsafe: true));
        using var image = new MemoryStream();
        var emit = compilation.Emit(image);
        Assert.True(emit.Success, string.Join("; ", emit.Diagnostics));
        return new CompileResponse(true, false, image.ToArray(), null, [], 0);
    }
}
