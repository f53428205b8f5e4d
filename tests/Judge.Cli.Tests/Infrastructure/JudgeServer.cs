using System.Net;
using Judge.Core.Access;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Judge.Cli.Tests.Infrastructure;

/// <summary>
/// The real service on a real Kestrel socket (not the in-memory test server), with one grader key, so the CLI talks
/// to it over HTTP exactly as it would to a deployed one.
/// </summary>
public sealed class JudgeServer : IDisposable
{
    public const string ApiKey = "teacher-secret-key";

    private readonly Factory factory = new();

    public JudgeServer()
    {
        factory.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        factory.StartServer();
        Url = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
    }

    public string Url { get; }

    public void Dispose() => factory.Dispose();

    private sealed class Factory : WebApplicationFactory<Program>
    {
        private readonly string dataPath = Directory.CreateTempSubdirectory("judge-cli-server-").FullName;

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseSetting("Storage:DataPath", dataPath);
            builder.UseSetting("Access:Keys:0:Name", "teacher");
            builder.UseSetting("Access:Keys:0:Sha256", ApiKeyHash.Of(ApiKey));
            builder.UseSetting("Access:Keys:0:Role", "Grader");
        }

        protected override void Dispose(bool disposing)
        {
            base.Dispose(disposing);
            if (disposing && Directory.Exists(dataPath))
            {
                Directory.Delete(dataPath, recursive: true);
            }
        }
    }
}
