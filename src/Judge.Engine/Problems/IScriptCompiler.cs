using Judge.Core.Protocol;

namespace Judge.Engine.Problems;

/// <summary>Compiles a problem author's script (see <c>Judge.Compiler.ScriptCompiler</c>) to an assembly.</summary>
public interface IScriptCompiler
{
    CompileResponse Compile(string source, ScriptKind kind);
}

/// <summary>
/// Compiles in this process: Roslyn loads here, with its metadata and caches. For the command-line tool and tests;
/// the service compiles through its sandboxed compiler workers instead (<see cref="WorkerScriptCompiler"/>).
/// </summary>
public sealed class InProcessScriptCompiler : IScriptCompiler
{
    public static InProcessScriptCompiler Instance { get; } = new();

    public CompileResponse Compile(string source, ScriptKind kind) => Judge.Compiler.ScriptCompiler.Compile(source, kind);
}

/// <summary>
/// Compiles in the service's warm compiler workers, so that Roslyn never loads into the host. Scripts are compiled
/// when a group's tests or a checker are first needed, on the thread that needs them, which waits.
/// </summary>
public sealed class WorkerScriptCompiler(Func<Compilation.CompilerPool> compilers) : IScriptCompiler
{
    public CompileResponse Compile(string source, ScriptKind kind) =>
        compilers().CompileAsync(CompileRequest.ForScript(source, kind)).GetAwaiter().GetResult();
}
