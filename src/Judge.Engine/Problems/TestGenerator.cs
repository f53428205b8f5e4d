using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.Scripting;
using Judge.Core.Problems;

namespace Judge.Engine.Problems;

/// <summary>
/// Runs a problem's C# generator script (Roslyn scripting) to produce large tests instead of storing megabytes
/// of JSON. Only trusted, bounded scripts from the problem bank go here: each script's assembly stays loaded.
/// </summary>
public static class TestGenerator
{
    private static readonly ScriptOptions Options = ScriptOptions.Default
        .AddReferences(typeof(GeneratorContext).Assembly)
        .AddImports("System", "System.Linq", "System.Collections.Generic", "System.Text");

    public static IReadOnlyList<TestCase> Run(string scriptPath, string group, int seed)
    {
        var context = new GeneratorContext(group, seed);
        try
        {
            CSharpScript.RunAsync(File.ReadAllText(scriptPath), Options.WithFilePath(scriptPath), context)
                .GetAwaiter().GetResult();
        }
        catch (CompilationErrorException e)
        {
            throw new InvalidDataException($"{scriptPath}: {string.Join("; ", e.Diagnostics)}", e);
        }
        return context.Tests;
    }
}
