using Judge.Bench;

// dotnet run --project bench/Judge.Bench -c Release -- [--submissions 120] [--builds 3]
var options = args.Chunk(2).Where(p => p.Length == 2).ToDictionary(p => p[0].TrimStart('-'), p => p[1]);
var submissions = int.Parse(options.GetValueOrDefault("submissions", "120"));
var builds = int.Parse(options.GetValueOrDefault("builds", "3"));
var repo = Paths.Repository();
var mix = SubmissionMix.From(Path.Combine(repo, "problems"));
var small = mix.SmallAccepted;

Console.WriteLine($"Machine: {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}");
Console.WriteLine($"Mix: {mix.All.Count} submissions over {mix.Problems} problems (accepted, wrong, compile errors, time-outs); small accepted: {small.ProblemId}");
Console.WriteLine();

var rows = new List<Row>();
await using (var warm = await Service.StartAsync(repo, "warm pools", []))
{
    rows.Add(await Load.RunAsync(warm, [small], submissions, concurrency: 1, "judge, warm: small accepted, c=1"));
    rows.Add(await Load.RunAsync(warm, mix.All, submissions, concurrency: 1, "judge, warm: mix, c=1"));
    rows.Add(await Load.RunAsync(warm, mix.All, submissions, concurrency: 4, "judge, warm: mix, c=4"));
    rows.Add(await Load.RunAsync(warm, [small], submissions, concurrency: 4, "judge, warm: small accepted, c=4"));
    rows.Add(await DiagnosticsLatency.RunAsync(warm, small, submissions));
}
await using (var cold = await Service.StartAsync(repo, "baseline (b): fresh Roslyn process and fresh runner per submission",
    [("Runner__PoolSize", "0"), ("Sandbox__CompilesPerWorker", "1")]))
{
    rows.Add(await Load.RunAsync(cold, [small], Math.Min(submissions, 20), concurrency: 1, "baseline (b): small accepted, c=1"));
}
rows.Add(await DotnetBuildBaseline.RunAsync(small, builds));

Report.Print(rows);
