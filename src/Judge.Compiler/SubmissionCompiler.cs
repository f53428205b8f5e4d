using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Text;
using Judge.Core.Problems;
using Judge.Compiler.Policy;
using Judge.Core.Protocol;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Emit;
using Microsoft.CodeAnalysis.Text;
using JudgeDiagnostic = Judge.Core.Verdicts.Diagnostic;

namespace Judge.Compiler;

/// <summary>
/// Compiles one submission with Roslyn against the .NET reference assemblies. Holds the
/// <see cref="MetadataReference"/>s for the life of the process: creating them is the expensive part.
/// </summary>
public sealed class SubmissionCompiler
{
    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    /// <summary>
    /// A compilation of the judge's own files for each kind and prelude, built once per worker; a submission's
    /// compilation adds its one syntax tree to it. Derived compilations share the template's bound references, which
    /// <see cref="CSharpCompilation.Create"/> would bind afresh every time: about 0.45 ms of a 7 ms compile.
    /// </summary>
    private static readonly ConcurrentDictionary<(ProblemKind Kind, string Prelude, bool AllReferences), CSharpCompilation> Templates = new();

    public CompileResponse Compile(CompileRequest request)
    {
        if (request.Script != ScriptKind.None)
        {
            return ScriptCompiler.Compile(request.Source, request.Script);
        }
        var clock = Stopwatch.StartNew();
        var submission = Parse(request.Source, JudgePrelude.SubmissionFileName);
        using var assembly = new MemoryStream();
        using var symbols = new MemoryStream();
        // Against the allowed API's assemblies first, the fast way. A compile that fails there is done again against
        // all of .NET, so that what it reports is what the whole framework says: a forbidden API is then Rejected by
        // name (say System.Net.Http's HttpClient) instead of "not found", and every error reads as it always would.
        var compilation = TemplateFor(request.Kind, request.Prelude, allReferences: false).AddSyntaxTrees(submission);
        var (compiles, found) = Build(compilation, request.DiagnosticsOnly, assembly, symbols);
        if (!compiles)
        {
            compilation = TemplateFor(request.Kind, request.Prelude, allReferences: true).AddSyntaxTrees(submission);
            (compiles, found) = Build(compilation, request.DiagnosticsOnly, assembly, symbols);
        }

        var diagnostics = new List<JudgeDiagnostic>();
        diagnostics.AddRange(found
            .Where(d => d.Severity is DiagnosticSeverity.Error or DiagnosticSeverity.Warning)
            .Where(d => d.Severity == DiagnosticSeverity.Error || d.Location.SourceTree == submission)
            .Select(DiagnosticMapper.ToJudge));

        var rejected = false;
        // A submission that does not compile is not checked further; an editor's check shows every problem at once.
        if (compiles || request.DiagnosticsOnly)
        {
            ReadOnlyMemory<byte>? image = compiles && !request.DiagnosticsOnly ? assembly.GetBuffer().AsMemory(0, (int)assembly.Length) : (ReadOnlyMemory<byte>?)null;
            var forbidden = ApiPolicyChecker.Check(compilation, submission, image).ToList();
            if (request.Restrictions?.Contains(RecursionCheck.Restriction) == true)
            {
                forbidden.AddRange(RecursionCheck.Check(compilation, submission));
            }
            rejected = forbidden.Count > 0;
            diagnostics.AddRange(forbidden);
            diagnostics.AddRange(EntryPointCheck.Check(compilation, submission, request.Kind, request.Entry));
        }
        var success = compiles && diagnostics.All(d => d.Severity != Core.Verdicts.DiagnosticSeverity.Error);
        var emitted = success && !request.DiagnosticsOnly;
        return new CompileResponse(
            success,
            rejected,
            emitted ? assembly.ToArray() : null,
            emitted ? symbols.ToArray() : null,
            diagnostics.OrderBy(d => d.Line == 0).ThenBy(d => d.Line).ThenBy(d => d.Column).ToList(),
            clock.Elapsed.TotalMilliseconds);
    }

    private static (bool Success, ImmutableArray<Diagnostic> Diagnostics) Build(
        CSharpCompilation compilation, bool diagnosticsOnly, MemoryStream assembly, MemoryStream symbols)
    {
        if (diagnosticsOnly)
        {
            return Diagnose(compilation);
        }
        assembly.SetLength(0);
        symbols.SetLength(0);
        return Emit(compilation, assembly, symbols);
    }

    /// <summary>Diagnostics without emitting: what an editor's check on save needs, in less time.</summary>
    private static (bool Success, ImmutableArray<Diagnostic> Diagnostics) Diagnose(CSharpCompilation compilation)
    {
        var found = compilation.GetDiagnostics();
        return (!found.Any(d => d.Severity == DiagnosticSeverity.Error), found);
    }

    private static (bool Success, ImmutableArray<Diagnostic> Diagnostics) Emit(CSharpCompilation compilation, Stream assembly, Stream symbols)
    {
        var emit = compilation.Emit(assembly, symbols, options: new EmitOptions(debugInformationFormat: DebugInformationFormat.PortablePdb));
        return (emit.Success, emit.Diagnostics);
    }

    private static CSharpCompilation TemplateFor(ProblemKind kind, IReadOnlyList<string> prelude, bool allReferences) =>
        Templates.GetOrAdd((kind, string.Join(',', prelude), allReferences), _ => CSharpCompilation.Create(
            "Submission",
            JudgePrelude.FilesFor(prelude).Select(file => Parse(file.Source, file.FileName)),
            allReferences ? CompileReferences.All : CompileReferences.Allowed,
            OptionsFor(kind)));

    /// <summary>Sources carry an encoding so the compiler can emit symbols (line numbers for runtime errors).</summary>
    private static SyntaxTree Parse(string text, string fileName) =>
        CSharpSyntaxTree.ParseText(SourceText.From(text, Encoding.UTF8), ParseOptions, fileName);

    private static CSharpCompilationOptions OptionsFor(ProblemKind kind) => new(
        kind == ProblemKind.Stdio ? OutputKind.ConsoleApplication : OutputKind.DynamicallyLinkedLibrary,
        optimizationLevel: OptimizationLevel.Release,
        // Unsafe code compiles so that the judge's policy can reject it by name (Rejected, not a compiler error).
        allowUnsafe: true,
        deterministic: true,
        nullableContextOptions: NullableContextOptions.Disable,
        // One thread per compile: sources are small, and the worker's process limit is shared by every thread.
        concurrentBuild: false);
}
