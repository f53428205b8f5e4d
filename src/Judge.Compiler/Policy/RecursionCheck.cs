using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using JudgeDiagnostic = Judge.Core.Verdicts.Diagnostic;
using JudgeSeverity = Judge.Core.Verdicts.DiagnosticSeverity;

namespace Judge.Compiler.Policy;

/// <summary>
/// The <c>no-recursion</c> restriction: builds the call graph of the submission's own methods and local
/// functions and reports every call that closes a cycle (direct or mutual recursion) where it is made.
/// Recursion through delegates escapes it; the problem's deep tests catch that at run time.
/// </summary>
public static class RecursionCheck
{
    public const string Restriction = "no-recursion";
    public const string Id = "JUDGE101";

    public static IEnumerable<JudgeDiagnostic> Check(CSharpCompilation compilation, SyntaxTree submission)
    {
        var model = compilation.GetSemanticModel(submission);
        var calls = new List<(IMethodSymbol Caller, IMethodSymbol Callee, InvocationExpressionSyntax Site)>();
        foreach (var body in submission.GetRoot().DescendantNodes().Where(n => n is BaseMethodDeclarationSyntax or LocalFunctionStatementSyntax or AccessorDeclarationSyntax))
        {
            if (model.GetDeclaredSymbol(body) is not IMethodSymbol caller)
            {
                continue;
            }
            // A local function's body belongs to the local function, not to the method around it.
            var invocations = body.DescendantNodes(n => n == body || n is not LocalFunctionStatementSyntax).OfType<InvocationExpressionSyntax>();
            foreach (var site in invocations)
            {
                if (model.GetSymbolInfo(site).Symbol is IMethodSymbol callee && callee.OriginalDefinition.Locations.Any(l => l.SourceTree == submission))
                {
                    calls.Add((caller.OriginalDefinition, callee.OriginalDefinition, site));
                }
            }
        }
        var graph = calls.ToLookup(c => c.Caller, c => c.Callee, SymbolEqualityComparer.Default);
        foreach (var (caller, callee, site) in calls)
        {
            if (Reaches(graph, callee, caller))
            {
                var message = SymbolEqualityComparer.Default.Equals(caller, callee)
                    ? $"Recursion is not allowed in this problem: '{caller.Name}' calls itself."
                    : $"Recursion is not allowed in this problem: '{caller.Name}' calls '{callee.Name}', which leads back to '{caller.Name}'.";
                yield return DiagnosticMapper.At(Id, JudgeSeverity.Error, message, site.GetLocation());
            }
        }
    }

    private static bool Reaches(ILookup<ISymbol?, IMethodSymbol> graph, IMethodSymbol from, IMethodSymbol target)
    {
        var seen = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
        var pending = new Stack<IMethodSymbol>([from]);
        while (pending.TryPop(out var method))
        {
            if (SymbolEqualityComparer.Default.Equals(method, target))
            {
                return true;
            }
            if (seen.Add(method))
            {
                foreach (var next in graph[method])
                {
                    pending.Push(next);
                }
            }
        }
        return false;
    }
}
