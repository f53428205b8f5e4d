using System.Text.Json;

namespace Judge.Core.Problems;

/// <summary>
/// What a checker script sees. It lives here, beside <see cref="GeneratorContext"/>, because the compiler worker
/// compiles scripts against it.
/// </summary>
public sealed class CheckerGlobals(JsonElement input, JsonElement expected, JsonElement actual)
{
    public JsonElement Input { get; } = input;

    public JsonElement Expected { get; } = expected;

    public JsonElement Actual { get; } = actual;

    /// <summary>Set by the script to say where the answer went wrong.</summary>
    public string? Message { get; set; }
}
