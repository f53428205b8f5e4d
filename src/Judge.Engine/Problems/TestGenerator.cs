using Judge.Core.Problems;
using Judge.Core.Protocol;

namespace Judge.Engine.Problems;

/// <summary>
/// Runs a problem's C# generator script to produce large tests instead of storing megabytes of JSON. Only trusted,
/// bounded scripts from the problem bank go here: the script runs in the host, once per group.
/// </summary>
public static class TestGenerator
{
    /// <param name="store">Where the group's large tests are kept; see <see cref="TestStore"/>.</param>
    public static IReadOnlyList<TestCase> Run(string scriptPath, string group, int seed, IScriptCompiler compiler, TestStore? store)
    {
        var generate = ScriptAssembly.Load<object>(scriptPath, ScriptKind.Generator, compiler);
        var context = new GeneratorContext(group, seed, store);
        generate(context);
        return context.Tests;
    }
}
