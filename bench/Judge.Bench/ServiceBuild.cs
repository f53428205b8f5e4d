using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Judge.Bench;

/// <summary>Which build of the service the benchmark starts: published as deployed (ReadyToRun), or the plain build output.</summary>
public sealed record ServiceBuild(string ApiDll, string Description)
{
    public static async Task<ServiceBuild> PrepareAsync(string repo, string kind)
    {
        if (kind.EndsWith(".dll", StringComparison.Ordinal))
        {
            return new ServiceBuild(Path.GetFullPath(kind), $"{kind} as built");
        }
        if (kind == "build")
        {
            return new ServiceBuild(Path.Combine(repo, "src", "Judge.Api", "bin", "Release", "net10.0", "Judge.Api.dll"), "Release build output (JIT)");
        }
        // As the Dockerfile publishes it: ReadyToRun, so the workers start without JIT-compiling the judge's code or Roslyn.
        var folder = Path.Combine(repo, "artifacts", "bench-service");
        Console.WriteLine($"Publishing the service (ReadyToRun) to {Path.GetRelativePath(repo, folder)}...");
        using var publish = Process.Start(new ProcessStartInfo("dotnet",
            ["publish", Path.Combine(repo, "src", "Judge.Api"), "-c", "Release", "-r", RuntimeInformation.RuntimeIdentifier,
             "--self-contained", "false", "-p:PublishReadyToRun=true", "-o", folder, "--nologo", "-v", "q"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        var output = publish.StandardOutput.ReadToEndAsync();
        var errors = publish.StandardError.ReadToEndAsync();
        await publish.WaitForExitAsync();
        if (publish.ExitCode != 0)
        {
            throw new InvalidOperationException($"dotnet publish failed: {await output}{await errors}");
        }
        return new ServiceBuild(Path.Combine(folder, "Judge.Api.dll"), "published, ReadyToRun (as the Dockerfile builds it)");
    }
}
