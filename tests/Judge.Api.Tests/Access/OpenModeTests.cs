using System.Net;
using Judge.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace Judge.Api.Tests.Access;

/// <summary>With no keys configured the service lets everyone in, and says so when it starts.</summary>
public sealed class OpenModeTests(OpenModeTests.Open api) : IClassFixture<OpenModeTests.Open>
{
    [Fact]
    public async Task WithoutKeys_TheStartLogsAWarningThatTheApiIsOpen()
    {
        using var health = await api.CreateClient().GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        var warning = Assert.Single(api.Logs.Entries, e => e.Message.Contains("OPEN", StringComparison.Ordinal));
        Assert.Equal(LogLevel.Warning, warning.Level);
        Assert.Contains("Access:Keys", warning.Message);
    }

    public sealed class Open : JudgeApiFactory
    {
        public CapturedLogs Logs { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.CaptureLogs(Logs);
        }
    }
}
