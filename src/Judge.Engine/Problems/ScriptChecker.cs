using System.Text.Json;
using Judge.Core.Checking;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.Scripting;

namespace Judge.Engine.Problems;

/// <summary>
/// A checker written by the problem author as a C# script that returns true when the answer is right
/// (and may set <c>Message</c> when it is not). Compiled once per problem with Roslyn scripting and
/// run in the host: only the problem bank's own, reviewed scripts belong here.
/// </summary>
public sealed class ScriptChecker : IChecker
{
    private static readonly ScriptOptions Options = ScriptOptions.Default
        .AddReferences(typeof(CheckerGlobals).Assembly, typeof(JsonElement).Assembly)
        .AddImports("System", "System.Linq", "System.Collections.Generic", "System.Text.Json");

    private readonly Lazy<ScriptRunner<bool>> script;

    public ScriptChecker(string name, string path)
    {
        Name = name;
        script = new(() => CSharpScript.Create<bool>(File.ReadAllText(path), Options.WithFilePath(path), typeof(CheckerGlobals)).CreateDelegate());
    }

    public string Name { get; }

    public CheckResult Check(ReadOnlyMemory<byte> expected, string actual, ReadOnlyMemory<byte> input)
    {
        JsonDocument actualDoc;
        try
        {
            actualDoc = JsonDocument.Parse(actual);
        }
        catch (JsonException)
        {
            return CheckResult.Fail("The output is not a value the judge can read.");
        }
        using (actualDoc)
        using (var expectedDoc = JsonDocument.Parse(expected))
        using (var inputDoc = input.IsEmpty ? JsonDocument.Parse("null") : JsonDocument.Parse(input))
        {
            var globals = new CheckerGlobals(inputDoc.RootElement, expectedDoc.RootElement, actualDoc.RootElement);
            var passed = script.Value(globals).GetAwaiter().GetResult();
            return passed ? CheckResult.Pass : CheckResult.Fail(globals.Message ?? "Wrong answer.");
        }
    }
}

/// <summary>What a checker script sees.</summary>
public sealed class CheckerGlobals(JsonElement input, JsonElement expected, JsonElement actual)
{
    public JsonElement Input { get; } = input;

    public JsonElement Expected { get; } = expected;

    public JsonElement Actual { get; } = actual;

    /// <summary>Set by the script to say where the answer went wrong.</summary>
    public string? Message { get; set; }
}
