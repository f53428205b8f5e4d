namespace Judge.Core.Verdicts;

/// <summary>A compiler or judge message, positioned in the text the user sent (1-based lines and columns).</summary>
public sealed record Diagnostic(
    string Id,
    DiagnosticSeverity Severity,
    string Message,
    int Line,
    int Column,
    int EndLine,
    int EndColumn);

public enum DiagnosticSeverity
{
    Info,
    Warning,
    Error,
}
