using Judge.Core.Problems;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using JudgeDiagnostic = Judge.Core.Verdicts.Diagnostic;
using JudgeSeverity = Judge.Core.Verdicts.DiagnosticSeverity;

namespace Judge.Compiler;

/// <summary>
/// Checks, before anything runs, that the submission declares what the judge will call:
/// a clear compile-time message beats a runtime failure in every test.
/// </summary>
public static class EntryPointCheck
{
    public const string Id = "JUDGE001";

    public static IEnumerable<JudgeDiagnostic> Check(CSharpCompilation compilation, SyntaxTree submission, ProblemKind kind, EntryPoint entry)
    {
        if (kind == ProblemKind.Stdio)
        {
            // The compiler itself reports a missing Main (CS5001) for console applications.
            yield break;
        }
        var type = compilation.GetTypeByMetadataName(entry.ClassName);
        if (type is null || type.DeclaredAccessibility != Accessibility.Public)
        {
            yield return Missing(submission, $"The judge calls 'public class {entry.ClassName}', which the source does not declare (outside any namespace).");
            yield break;
        }
        if (entry.MethodName is { } method &&
            !type.GetMembers(method).OfType<IMethodSymbol>().Any(m => m.DeclaredAccessibility == Accessibility.Public))
        {
            var location = type.Locations.FirstOrDefault(l => l.SourceTree == submission);
            yield return location is null
                ? Missing(submission, $"'{entry.ClassName}' has no public method '{method}'.")
                : DiagnosticMapper.At(Id, JudgeSeverity.Error, $"'{entry.ClassName}' has no public method '{method}', which the judge calls.", location);
        }
    }

    private static JudgeDiagnostic Missing(SyntaxTree submission, string message) =>
        DiagnosticMapper.At(Id, JudgeSeverity.Error, message, Location.Create(submission, new Microsoft.CodeAnalysis.Text.TextSpan(0, 0)));
}
