using System.Text.Json;
using Judge.Cli.Server;

namespace Judge.Cli;

/// <summary><c>--json</c>: one indented document on standard output, in the API's own shapes (camelCase, enums by name).</summary>
public static class JsonOutput
{
    private static readonly JsonSerializerOptions Indented = new(JudgeClient.Json) { WriteIndented = true };

    public static void Write<T>(CliConsole console, T value)
    {
        console.Raw.WriteLine(JsonSerializer.Serialize(value, Indented));
        console.Raw.Flush();
    }
}
