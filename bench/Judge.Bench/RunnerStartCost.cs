using System.Diagnostics;
using System.Globalization;
using Judge.Sandbox;

namespace Judge.Bench;

/// <summary>
/// How fast the machine is during this run, measured on a floor of the judge's own: a runner started with no
/// submission (its runtime's start, its warm-up and its exit, with the sandbox's environment but no bubblewrap), one
/// after another, nothing else running. The machine's speed drifts by a fifth and more within minutes (its
/// neighbours' load), and the throughput rows move with it: printed beside them, this tells a slow run from a slower build.
/// </summary>
public static class RunnerStartCost
{
    public static void Print(ServiceBuild service, string when, int runs = 40)
    {
        var folder = Path.GetDirectoryName(service.ApiDll)!;
        var environment = new SandboxPolicy(new SandboxOptions(), WorkerLauncher.DotnetRoot(), folder).Environment(WorkerKind.Runner, heapMb: 256);
        var before = Machine.CpuSeconds("self").Reaped;
        var wall = Stopwatch.StartNew();
        for (var i = 0; i < runs; i++)
        {
            var start = new ProcessStartInfo(Path.Combine(folder, WorkerKind.Runner.Executable!))
            {
                RedirectStandardInput = true,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            start.Environment.Clear();
            foreach (var (name, value) in environment)
            {
                start.Environment[name] = value;
            }
            using var runner = Process.Start(start)!;
            runner.StandardInput.Close(); // no request: the runner warms up, finds its input closed and exits
            _ = runner.StandardError.ReadToEndAsync();
            runner.StandardOutput.ReadToEnd();
            runner.WaitForExit();
        }
        var cpuMs = (Machine.CpuSeconds("self").Reaped - before) / runs * 1000;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  machine speed, {when}: a runner's start, warm-up and exit without a submission took {cpuMs:0.0} ms of CPU ({runs} in a row, {wall.Elapsed.TotalMilliseconds / runs:0.0} ms each)"));
    }
}
