using Judge.Core.Problems;
using Judge.Core.Verdicts;

namespace Judge.Core.Protocol;

/// <summary>Host to compiler worker: compile this source for a problem of this kind.</summary>
/// <param name="Prelude">Judge-supplied types (e.g. <c>ListNode</c>) compiled beside the source, in their own file.</param>
/// <param name="Restrictions">Problem-level rules the source must follow, e.g. <c>no-recursion</c>.</param>
/// <param name="DiagnosticsOnly">
/// Report diagnostics without emitting an assembly (an editor's check on save): faster, and the judge's own
/// checks run even when the source has compile errors, so every problem shows at once.
/// </param>
/// <param name="Script">
/// Not a submission but a problem author's trusted script, to be compiled against what it sees (its globals) and
/// without the submission policy; the host loads and runs the assembly. <paramref name="Kind"/>,
/// <paramref name="Entry"/> and <paramref name="Prelude"/> are then unused.
/// </param>
public sealed record CompileRequest(
    string Source,
    ProblemKind Kind,
    EntryPoint Entry,
    IReadOnlyList<string> Prelude,
    IReadOnlyList<string>? Restrictions = null,
    bool DiagnosticsOnly = false,
    ScriptKind Script = ScriptKind.None)
{
    /// <summary>A request to compile a problem author's script of this kind.</summary>
    public static CompileRequest ForScript(string source, ScriptKind kind) =>
        new(source, ProblemKind.Function, new EntryPoint("Script", null), [], Script: kind);
}

/// <summary>What a compile request holds: a submission, or one of the two kinds of a problem author's scripts.</summary>
public enum ScriptKind : byte
{
    /// <summary>A submission: compiled under the judge's policy, run only in the sandbox.</summary>
    None,

    /// <summary>A test generator: sees a <see cref="GeneratorContext"/>, returns nothing.</summary>
    Generator,

    /// <summary>A checker: sees <see cref="CheckerGlobals"/>, returns whether the answer is right.</summary>
    Checker,
}

/// <summary>
/// Compiler worker to host. The assembly and its symbols are null when compilation failed or only
/// diagnostics were asked for; <paramref name="Success"/> then says whether the source would have compiled.
/// <paramref name="Rejected"/>: the source compiles but uses something the judge forbids.
/// </summary>
public sealed record CompileResponse(
    bool Success,
    bool Rejected,
    byte[]? Assembly,
    byte[]? Symbols,
    IReadOnlyList<Diagnostic> Diagnostics,
    double CompileMs);
