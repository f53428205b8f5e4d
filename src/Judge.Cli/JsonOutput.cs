using System.Text.Encodings.Web;
using System.Text.Json;
using Judge.Cli.Server;

namespace Judge.Cli;

/// <summary><c>--json</c>: one indented document on standard output, in the API's own shapes (camelCase, enums by name).</summary>
public static class JsonOutput
{
    // Relaxed escaping: the output is read by programs and people, never embedded in HTML, so "'" stays "'".
    private static readonly JsonSerializerOptions Indented = new(JudgeClient.Json)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void Write<T>(CliConsole console, T value)
    {
        console.Raw.WriteLine(JsonSerializer.Serialize(value, Indented));
        console.Raw.Flush();
    }
}
