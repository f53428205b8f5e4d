using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Judge.Cli.Connection;

/// <summary>
/// Where a command judges: a server when <c>--server</c> or <c>JUDGE_SERVER</c> names one (and <c>--local</c> is not
/// given), else the embedded engine over a local problem bank. Every judging command takes these options.
/// </summary>
public class JudgeSettings : CommandSettings
{
    public const string ServerVariable = "JUDGE_SERVER";
    public const string ApiKeyVariable = "JUDGE_API_KEY";

    [CommandOption("--server <URL>")]
    [Description("Judge on this server (default: $JUDGE_SERVER; without either, the embedded engine judges locally)")]
    public string? Server { get; set; }

    [CommandOption("--api-key <KEY>")]
    [Description("The server's API key, sent as X-Api-Key (default: $JUDGE_API_KEY)")]
    public string? ApiKey { get; set; }

    [CommandOption("--local")]
    [Description("Judge with the embedded engine even when $JUDGE_SERVER is set")]
    public bool Local { get; set; }

    [CommandOption("--problems <DIR>")]
    [Description("Local mode: the problem bank (default: the bundled problems/ folder)")]
    public string? Problems { get; set; }

    [CommandOption("--json")]
    [Description("Print machine-readable JSON instead of tables (no colours, no live display)")]
    public bool Json { get; set; }

    /// <summary>The server to use, or null for local mode.</summary>
    public Uri? ServerUri =>
        Local ? null
        : (Server ?? Environment.GetEnvironmentVariable(ServerVariable)) is { Length: > 0 } url ? ParseServer(url)
        : null;

    public string? EffectiveApiKey => ApiKey ?? (Environment.GetEnvironmentVariable(ApiKeyVariable) is { Length: > 0 } key ? key : null);

    public override ValidationResult Validate()
    {
        if (Local && Server is not null)
        {
            return ValidationResult.Error("--local and --server contradict each other; give one.");
        }
        if (Server is not null && !IsHttpUrl(Server))
        {
            return ValidationResult.Error($"--server needs an http:// or https:// URL, not '{Server}'.");
        }
        if (Problems is not null && !Local && (Server ?? Environment.GetEnvironmentVariable(ServerVariable)) is { Length: > 0 })
        {
            return ValidationResult.Error("--problems is for local mode (add --local); a server judges with its own problem bank.");
        }
        return ValidationResult.Success();
    }

    private static Uri ParseServer(string url) =>
        IsHttpUrl(url)
            ? new Uri(url.EndsWith('/') ? url : url + "/")
            : throw CliException.Usage($"{ServerVariable} needs an http:// or https:// URL, not '{url}'.");

    private static bool IsHttpUrl(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
}
