using Judge.Cli.Local;
using Judge.Cli.Server;
using Spectre.Console;

namespace Judge.Cli.Connection;

/// <summary>Picks the judge a command talks to: the server the settings name, else the embedded engine.</summary>
public static class Backends
{
    public static IJudgeBackend Open(JudgeSettings settings, CliConsole console)
    {
        void Warn(string message) => console.Error.MarkupLineInterpolated($"[yellow]{message}[/]");
        return settings.ServerUri is { } server
            ? new ServerJudge(new JudgeClient(server, settings.EffectiveApiKey, Warn))
            : LocalJudge.Open(settings.Problems, Warn);
    }
}
