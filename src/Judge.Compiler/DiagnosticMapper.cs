using Microsoft.CodeAnalysis;
using JudgeDiagnostic = Judge.Core.Verdicts.Diagnostic;
using JudgeSeverity = Judge.Core.Verdicts.DiagnosticSeverity;

namespace Judge.Compiler;

/// <summary>
/// Turns Roslyn diagnostics into the judge's: 1-based lines and columns in the submission's own text
/// (columns count UTF-16 code units, as editors and LSP do). A message about the judge's own files has line 0.
/// </summary>
public static class DiagnosticMapper
{
    public static JudgeDiagnostic ToJudge(Diagnostic diagnostic)
    {
        var severity = diagnostic.Severity switch
        {
            DiagnosticSeverity.Error => JudgeSeverity.Error,
            DiagnosticSeverity.Warning => JudgeSeverity.Warning,
            _ => JudgeSeverity.Info,
        };
        var message = diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture);
        if (!diagnostic.Location.IsInSource || diagnostic.Location.SourceTree?.FilePath != JudgePrelude.SubmissionFileName)
        {
            return new JudgeDiagnostic(diagnostic.Id, severity, message, 0, 0, 0, 0);
        }
        return At(diagnostic.Id, severity, message, diagnostic.Location);
    }

    public static JudgeDiagnostic At(string id, JudgeSeverity severity, string message, Location location)
    {
        var span = location.GetLineSpan();
        return new JudgeDiagnostic(
            id,
            severity,
            message,
            span.StartLinePosition.Line + 1,
            span.StartLinePosition.Character + 1,
            span.EndLinePosition.Line + 1,
            span.EndLinePosition.Character + 1);
    }
}
