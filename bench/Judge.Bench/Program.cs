using Judge.Bench;

var options = BenchOptions.Parse(args);
if (options is null)
{
    Console.WriteLine(BenchOptions.Help);
    return 1;
}
var repo = Paths.Repository();
var mix = SubmissionMix.From(Path.Combine(repo, "problems"), options.SmallProblem);
var small = mix.SmallAccepted;
var service = await ServiceBuild.PrepareAsync(repo, options.Service);

Console.WriteLine($"Machine: {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}, load average {Machine.LoadAverage()}");
Console.WriteLine($"Service: {service.Description}");
Console.WriteLine($"Mix: {mix.All.Count} submissions over {mix.Problems} problems (accepted, wrong, compile errors, time-outs)");
Console.WriteLine($"Small accepted: {small.ProblemId} ({mix.SmallTests} tests); large inputs: {mix.LargeAccepted.ProblemId}");
Console.WriteLine();

if (options.Soak > 0)
{
    await using var soaked = await Service.StartAsync(service, "soak", []);
    await Soak.RunAsync(soaked, options.SoakMix == "fast" ? mix.Fast : mix.Small, options.Soak);
    return 0;
}

RunnerStartCost.Print(service, "before the rows");
Console.WriteLine(Report.Header);
var rows = new List<Row>();
await using (var warm = await Service.StartAsync(service, "warm pools", []))
{
    await Load.WarmUpAsync(warm, mix.Fast, options.WarmUp);
    rows.Add(await Load.RunAsync(warm, [small], options.Submissions, concurrency: 1, "judge, warm: small accepted, c=1"));
    // Back to back, each submission also pays for the runner that replaces the one it used (about 80 ms of CPU):
    // at c=1 on two cores that saturates the machine. With a pause the pool refills between submissions.
    rows.Add(await Load.RunAsync(warm, [small], options.Submissions, concurrency: 1, "judge, warm: small accepted, c=1, 300 ms apart",
        pause: TimeSpan.FromMilliseconds(300)));
    rows.Add(await Load.RunAsync(warm, [small], options.Submissions, concurrency: 4, "judge, warm: small accepted, c=4"));
    rows.Add(await Load.RunAsync(warm, [mix.LargeAccepted], options.Submissions, concurrency: 1, "judge, warm: large inputs accepted, c=1"));
    if (!options.OnlySmall)
    {
        rows.Add(await Load.RunAsync(warm, mix.All, options.Submissions, concurrency: 1, "judge, warm: mix, c=1"));
        rows.Add(await Load.RunAsync(warm, mix.All, options.Submissions, concurrency: 4, "judge, warm: mix, c=4"));
    }
    rows.Add(await DiagnosticsLatency.RunAsync(warm, small, options.Submissions));
}
RunnerStartCost.Print(service, "after the warm rows");
if (options.Baselines)
{
    await using (var cold = await Service.StartAsync(service, "baseline (b): fresh Roslyn process and fresh runner per submission",
        [("Runner__PoolSize", "0"), ("Sandbox__WarmCompilers", "false")]))
    {
        rows.Add(await Load.RunAsync(cold, [small], Math.Min(options.Submissions, 20), concurrency: 1, "baseline (b): small accepted, c=1"));
    }
    rows.Add(await DotnetBuildBaseline.RunAsync(small, options.Builds));
}

Report.Print(rows);
return 0;
