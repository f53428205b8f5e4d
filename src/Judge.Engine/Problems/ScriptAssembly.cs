using System.Reflection;
using Judge.Compiler;
using Judge.Core.Protocol;

namespace Judge.Engine.Problems;

/// <summary>
/// A problem author's script, compiled and loaded into the host: a delegate that runs it once with the given
/// globals. The assembly stays loaded for the life of the process (one per script, and only the bank's own).
/// </summary>
internal static class ScriptAssembly
{
    public static Func<object, T> Load<T>(string path, ScriptKind kind, IScriptCompiler compiler)
    {
        var compiled = compiler.Compile(File.ReadAllText(path), kind);
        if (!compiled.Success || compiled.Assembly is null)
        {
            var errors = compiled.Diagnostics.Select(d => d.Line == 0 ? $"{d.Id}: {d.Message}" : $"({d.Line},{d.Column}): {d.Id}: {d.Message}");
            throw new InvalidDataException($"{path}: {string.Join("; ", errors)}");
        }
        var factory = Assembly.Load(compiled.Assembly, compiled.Symbols)
            .GetType(ScriptCompiler.ClassName, throwOnError: true)!
            .GetMethod(ScriptCompiler.FactoryName, BindingFlags.Public | BindingFlags.Static)!
            .CreateDelegate<Func<object?[], Task<T>>>();
        // Index 0 holds the globals, index 1 the script's own instance (Roslyn scripting's layout for one submission).
        return globals => factory([globals, null]).GetAwaiter().GetResult();
    }
}
