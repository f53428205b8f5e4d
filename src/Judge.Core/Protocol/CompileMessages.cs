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
public sealed record CompileRequest(
    string Source,
    ProblemKind Kind,
    EntryPoint Entry,
    IReadOnlyList<string> Prelude,
    IReadOnlyList<string>? Restrictions = null,
    bool DiagnosticsOnly = false);

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
