using System.Diagnostics;
using System.Net.Sockets;

namespace Judge.Bench;

/// <summary>A judge service started as its own process, as an operator would, on a free loopback port.</summary>
public sealed class Service : IAsyncDisposable
{
    private readonly Process process;
    private readonly string dataPath;

    private Service(Process process, Uri address, string name, string dataPath)
    {
        this.process = process;
        this.dataPath = dataPath;
        Address = address;
        Name = name;
    }

    public Uri Address { get; }

    public string Name { get; }

    public int Pid => process.Id;

    public static async Task<Service> StartAsync(ServiceBuild build, string name, IEnumerable<(string Name, string Value)> settings)
    {
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet", [build.ApiDll, "--urls", $"http://127.0.0.1:{port}"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        // Each service gets an empty database of its own, so runs never see each other's submissions.
        var dataPath = Directory.CreateTempSubdirectory("judge-bench-").FullName;
        start.Environment["Storage__DataPath"] = dataPath;
        // Every request comes from one address; the caller's rate limit (600 a minute by default, editor checks
        // included) would turn a long row into 429s. The benchmark measures the judge, not that limit.
        start.Environment["Access__PermitsPerMinute"] = "1000000";
        // The repository's problem bank, wherever the build under test lives (a service finds a bundled folder only
        // beside or above its own files).
        start.Environment["Judge__ProblemsPath"] = Path.Combine(Paths.Repository(), "problems");
        foreach (var (key, value) in settings)
        {
            start.Environment[key] = value;
        }
        var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        _ = process.StandardError.ReadToEndAsync();
        var address = new Uri($"http://127.0.0.1:{port}");
        using var http = new HttpClient();
        for (var attempt = 0; attempt < 600; attempt++)
        {
            try
            {
                if ((await http.GetAsync(new Uri(address, "/healthz"))).IsSuccessStatusCode)
                {
                    await Task.Delay(3000); // let the compiler and the runner pool warm up, as in steady state
                    return new Service(process, address, name, dataPath);
                }
            }
            catch (HttpRequestException)
            {
            }
            if (process.HasExited)
            {
                // A service that refuses to start (no bubblewrap, say) logs why on its console: show that, not a time-out.
                throw new InvalidOperationException($"{name} exited at its start:{Environment.NewLine}{await output}");
            }
            await Task.Delay(100);
        }
        process.Kill(entireProcessTree: true);
        throw new TimeoutException($"{name} did not start.");
    }

    /// <summary>CPU seconds of the service and every worker it has reaped so far.</summary>
    public double CpuSeconds()
    {
        var cpu = Machine.CpuSeconds(Pid.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return cpu.Own + cpu.Reaped;
    }

    public long PeakRssKb() => Machine.StatusKb(Pid, "VmHWM:");

    public async ValueTask DisposeAsync()
    {
        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
        process.Dispose();
        Directory.Delete(dataPath, recursive: true);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}
