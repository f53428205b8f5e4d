using Judge.Core.Problems;
using Judge.Core.Verdicts;

namespace Judge.Core.Protocol;

/// <summary>Host to compiler worker: compile this source for a problem of this kind.</summary>
/// <param name="Prelude">Judge-supplied types (e.g. <c>ListNode</c>) compiled beside the source, in their own file.</param>
/// <param name="Restrictions">Problem-level rules the source must follow, e.g. <c>no-recursion</c>.</param>
public sealed record CompileRequest(string Source, ProblemKind Kind, EntryPoint Entry, IReadOnlyList<string> Prelude, IReadOnlyList<string>? Restrictions = null);

/// <summary>
/// Compiler worker to host. The assembly and its symbols are null when compilation failed.
/// <paramref name="Rejected"/>: the source compiles but uses something the judge forbids.
/// </summary>
public sealed record CompileResponse(
    bool Success,
    bool Rejected,
    byte[]? Assembly,
    byte[]? Symbols,
    IReadOnlyList<Diagnostic> Diagnostics,
    double CompileMs);
