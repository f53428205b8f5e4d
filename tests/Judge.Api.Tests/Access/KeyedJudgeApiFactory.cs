using Judge.Api.Access;
using Judge.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace Judge.Api.Tests.Access;

/// <summary>The service with API keys configured (stored as hashes, as an operator would).</summary>
public class KeyedJudgeApiFactory : JudgeApiFactory
{
    public static readonly (string Name, string Key, string Role, int? PermitsPerMinute)[] Keys =
    [
        ("alice", "alice-secret-key", "Submitter", null),
        ("bob", "bob-secret-key", "Submitter", null),
        ("grace", "grace-secret-key", "Grader", null),
        ("root", "root-secret-key", "Admin", null),
        ("limited", "limited-secret-key", "Submitter", 2),
        ("limited-editor", "limited-editor-secret-key", "Submitter", 2),
    ];

    /// <summary>Warnings and errors the service logged.</summary>
    public CapturedLogs Logs { get; } = new();

    public HttpClient ClientFor(string name)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Add(ApiKeyAuthentication.Header, Keys.Single(k => k.Name == name).Key);
        return client;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.CaptureLogs(Logs);
        for (var i = 0; i < Keys.Length; i++)
        {
            builder.UseSetting($"Access:Keys:{i}:Name", Keys[i].Name);
            builder.UseSetting($"Access:Keys:{i}:Sha256", ApiKeyAuthentication.Hash(Keys[i].Key));
            builder.UseSetting($"Access:Keys:{i}:Role", Keys[i].Role);
            if (Keys[i].PermitsPerMinute is { } permits)
            {
                builder.UseSetting($"Access:Keys:{i}:PermitsPerMinute", permits.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
        }
    }
}
