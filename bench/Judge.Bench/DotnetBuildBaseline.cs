using System.Diagnostics;

namespace Judge.Bench;

/// <summary>
/// Baseline (a): the usual way to judge C# (Exercism, Piston): a temporary project per submission, built with
/// `dotnet build` and run. The program only names the solution's class, so it does less work than the judge.
/// </summary>
public static class DotnetBuildBaseline
{
    public static async Task<Row> RunAsync(Submission submission, int times)
    {
        var latencies = new List<double>();
        var machineBefore = Machine.BusyCpuSeconds();
        for (var i = 0; i < times; i++)
        {
            var folder = Directory.CreateTempSubdirectory("judge-baseline-").FullName;
            try
            {
                await File.WriteAllTextAsync(Path.Combine(folder, "app.csproj"), """
                    <Project Sdk="Microsoft.NET.Sdk">
                      <PropertyGroup><OutputType>Exe</OutputType><TargetFramework>net10.0</TargetFramework><ImplicitUsings>enable</ImplicitUsings></PropertyGroup>
                    </Project>
                    """);
                await File.WriteAllTextAsync(Path.Combine(folder, "Solution.cs"), submission.Source);
                await File.WriteAllTextAsync(Path.Combine(folder, "Program.cs"),
                    $"public static class Program {{ public static void Main() => System.Console.WriteLine(typeof({submission.EntryClass}).Name); }}");
                var clock = Stopwatch.StartNew();
                await Run("dotnet", ["build", "-c", "Release", "-o", "out", "--nologo", "-v", "q"], folder);
                await Run("dotnet", ["out/app.dll"], folder);
                latencies.Add(clock.Elapsed.TotalMilliseconds);
            }
            finally
            {
                Directory.Delete(folder, recursive: true);
            }
        }
        latencies.Sort();
        var row = new Row("baseline (a): dotnet build + run per submission, c=1", times,
            Load.Percentile(latencies, 0.5), Load.Percentile(latencies, 0.95), Load.Percentile(latencies, 0.99), 1000 / latencies.Average(), double.NaN, 0)
        {
            MachineCpuPerSubmission = (Machine.BusyCpuSeconds() - machineBefore) / times,
        };
        Console.WriteLine(Report.Line(row));
        return row;
    }

    private static async Task Run(string file, string[] arguments, string folder)
    {
        using var process = Process.Start(new ProcessStartInfo(file, arguments) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true })!;
        var output = process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', arguments)} failed: {await output}");
        }
    }
}
