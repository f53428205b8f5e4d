using System.Collections.Immutable;
using System.Diagnostics;
using System.Text;
using Judge.Core.Problems;
using Judge.Core.Protocol;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Emit;
using Microsoft.CodeAnalysis.Text;
using JudgeDiagnostic = Judge.Core.Verdicts.Diagnostic;
using JudgeSeverity = Judge.Core.Verdicts.DiagnosticSeverity;

namespace Judge.Compiler;

/// <summary>
/// Compiles a problem author's C# script (a test generator or a checker, <c>.csx</c>) into an assembly the host
/// loads and runs. Scripts are trusted and reviewed with the bank, so the submission policy does not apply; they are
/// compiled here rather than in the host so that Roslyn, its metadata and its JIT-compiled code never load into the
/// service (loading it there for the bank's generators kept about 170 MB of heap alive, and more in native memory).
/// The assembly has the shape Roslyn scripting gives a script: a class <see cref="ClassName"/> whose static
/// <see cref="FactoryName"/> takes the submission array (the globals at index 0) and returns the script's task.
/// </summary>
public static class ScriptCompiler
{
    public const string ClassName = "Script";

    public const string FactoryName = "<Factory>";

    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest, kind: SourceCodeKind.Script);

    /// <summary>
    /// The runtime's own assemblies (as Roslyn scripting compiles against them), not the reference assemblies that
    /// submissions compile against: a script's globals and return type are the runtime's types, which Roslyn finds by
    /// their assembly's identity (<c>System.Object</c> in <c>System.Private.CoreLib</c>). Made on the first script,
    /// so a worker that compiles none never pays for them.
    /// </summary>
    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(() =>
    [
        .. ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(path => Path.GetDirectoryName(path) == Path.GetDirectoryName(typeof(object).Assembly.Location))
            .Order(StringComparer.Ordinal)
            .Select(path => MetadataReference.CreateFromFile(path)),
        MetadataReference.CreateFromFile(typeof(GeneratorContext).Assembly.Location),
    ]);

    private static readonly string[] GeneratorImports = ["System", "System.Linq", "System.Collections.Generic", "System.Text"];

    private static readonly string[] CheckerImports = ["System", "System.Linq", "System.Collections.Generic", "System.Text.Json"];

    public static CompileResponse Compile(string source, ScriptKind kind)
    {
        var clock = Stopwatch.StartNew();
        var (globals, returns, imports) = kind switch
        {
            ScriptKind.Generator => (typeof(GeneratorContext), typeof(object), GeneratorImports),
            ScriptKind.Checker => (typeof(CheckerGlobals), typeof(bool), CheckerImports),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a script."),
        };
        var tree = CSharpSyntaxTree.ParseText(SourceText.From(source, Encoding.UTF8), ParseOptions, "script.csx");
        var compilation = CSharpCompilation.CreateScriptCompilation(
            ClassName + "-" + Guid.NewGuid().ToString("N"),
            tree,
            References.Value,
            new CSharpCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary,
                scriptClassName: ClassName,
                usings: imports,
                optimizationLevel: OptimizationLevel.Release,
                concurrentBuild: false),
            previousScriptCompilation: null,
            returnType: returns,
            globalsType: globals);
        using var assembly = new MemoryStream();
        using var symbols = new MemoryStream();
        var emit = compilation.Emit(assembly, symbols, options: new EmitOptions(debugInformationFormat: DebugInformationFormat.PortablePdb));
        var diagnostics = emit.Diagnostics
            .Where(d => d.Severity == DiagnosticSeverity.Error)
            .Select(ToJudge)
            .ToList();
        return new CompileResponse(
            emit.Success,
            Rejected: false,
            emit.Success ? assembly.ToArray() : null,
            emit.Success ? symbols.ToArray() : null,
            diagnostics,
            clock.Elapsed.TotalMilliseconds);
    }

    /// <summary>An error at its line and column in the script, or at line 0 when it is about no place in it.</summary>
    private static JudgeDiagnostic ToJudge(Diagnostic diagnostic)
    {
        var message = diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture);
        return diagnostic.Location.IsInSource
            ? DiagnosticMapper.At(diagnostic.Id, JudgeSeverity.Error, message, diagnostic.Location)
            : new JudgeDiagnostic(diagnostic.Id, JudgeSeverity.Error, message, 0, 0, 0, 0);
    }
}
