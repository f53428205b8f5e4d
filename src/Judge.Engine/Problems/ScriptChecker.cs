using System.Text.Json;
using Judge.Core.Checking;
using Judge.Core.Problems;
using Judge.Core.Protocol;

namespace Judge.Engine.Problems;

/// <summary>
/// A checker written by the problem author as a C# script that returns true when the answer is right
/// (and may set <c>Message</c> when it is not). Compiled once per problem, on its first check, and run in the host:
/// only the problem bank's own, reviewed scripts belong here.
/// </summary>
public sealed class ScriptChecker : IChecker
{
    private readonly Lazy<Func<object, bool>> script;

    public ScriptChecker(string name, string path, IScriptCompiler compiler)
    {
        Name = name;
        script = new(() => ScriptAssembly.Load<bool>(path, ScriptKind.Checker, compiler));
    }

    public string Name { get; }

    /// <summary>A script sees the test's input beside the two outputs.</summary>
    public bool ReadsInput => true;

    public CheckResult Check(ReadOnlyMemory<byte> expected, ReadOnlyMemory<byte> actual, ReadOnlyMemory<byte> input)
    {
        if (!System.Text.Unicode.Utf8.IsValid(actual.Span))
        {
            return CheckResult.NotUtf8;
        }
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
            return script.Value(globals) ? CheckResult.Pass : CheckResult.Fail(globals.Message ?? "Wrong answer.");
        }
    }
}
