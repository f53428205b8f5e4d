using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using JudgeDiagnostic = Judge.Core.Verdicts.Diagnostic;
using JudgeSeverity = Judge.Core.Verdicts.DiagnosticSeverity;

namespace Judge.Compiler.Policy;

/// <summary>
/// Walks the submission with its semantic model and reports, at the exact line and column, every use of
/// something <see cref="ApiPolicy"/> does not allow, and every unsafe language feature.
/// </summary>
public static class ApiPolicyChecker
{
    public const string Id = "JUDGE100";

    public static IReadOnlyList<JudgeDiagnostic> Check(CSharpCompilation compilation, SyntaxTree submission)
    {
        var model = compilation.GetSemanticModel(submission);
        var found = new List<(JudgeDiagnostic Diagnostic, string Subject)>();
        foreach (var node in submission.GetRoot().DescendantNodesAndTokens())
        {
            var finding = node.IsToken ? ForbiddenToken(node.AsToken()) : ForbiddenNode(node.AsNode()!, model);
            if (finding is { } f)
            {
                found.Add((DiagnosticMapper.At(Id, JudgeSeverity.Error, f.Reason, node.GetLocation()!), f.Subject));
            }
        }
        // One message per forbidden type and line: `File.ReadAllText` is reported at `File`, not twice.
        return found.DistinctBy(f => (f.Diagnostic.Line, f.Subject)).Select(f => f.Diagnostic).ToList();
    }

    private static (string Reason, string Subject)? ForbiddenToken(SyntaxToken token) => token.Kind() switch
    {
        SyntaxKind.UnsafeKeyword => ("'unsafe' code is not allowed.", "unsafe"),
        SyntaxKind.ExternKeyword when token.Parent is not ExternAliasDirectiveSyntax => ("'extern' methods (native code) are not allowed.", "extern"),
        SyntaxKind.MakeRefKeyword or SyntaxKind.RefTypeKeyword or SyntaxKind.RefValueKeyword or SyntaxKind.ArgListKeyword
            => ($"'{token.Text}' is not allowed.", token.Text),
        _ => null,
    };

    private static (string Reason, string Subject)? ForbiddenNode(SyntaxNode node, SemanticModel model)
    {
        switch (node)
        {
            case PointerTypeSyntax:
                return ("Pointers are not allowed.", "pointer");
            case FunctionPointerTypeSyntax:
                return ("Function pointers are not allowed.", "pointer");
            case SimpleNameSyntax or ImplicitObjectCreationExpressionSyntax:
                var symbol = model.GetSymbolInfo(node).Symbol ?? model.GetSymbolInfo(node).CandidateSymbols.FirstOrDefault();
                return symbol is null ? null : Forbidden(symbol);
            default:
                return null;
        }
    }

    /// <summary>Why a symbol is forbidden and the type it belongs to, or null when a submission may use it.</summary>
    public static (string Reason, string Subject)? Forbidden(ISymbol symbol)
    {
        if (symbol is IDynamicTypeSymbol)
        {
            return ("'dynamic' is not allowed: it hides what the code calls.", "dynamic");
        }
        if (symbol is INamespaceSymbol or ILocalSymbol or IParameterSymbol or ILabelSymbol or IRangeVariableSymbol or IDiscardSymbol or ITypeParameterSymbol)
        {
            return null;
        }
        if (symbol is IMethodSymbol { ReducedFrom: { } extension })
        {
            symbol = extension;
        }
        var type = symbol as INamedTypeSymbol ?? symbol.ContainingType;
        while (type is { ContainingType: { } outer })
        {
            type = outer;
        }
        if (symbol is IArrayTypeSymbol array)
        {
            return Forbidden(array.ElementType);
        }
        if (type is null || type.Locations.Any(l => l.IsInSource))
        {
            // The submission's own types, and the judge's prelude types, are always allowed.
            return null;
        }
        var ns = type.ContainingNamespace.ToDisplayString();
        var typeName = $"{ns}.{type.Name}";
        var what = symbol is INamedTypeSymbol ? typeName : $"{typeName}.{symbol.Name}";

        if (ApiPolicy.AllowedMembers.Contains(what))
        {
            return null;
        }
        if (ApiPolicy.ForbiddenTypes.TryGetValue(typeName, out var why))
        {
            return ($"'{what}' is not available to submissions: it {why}.", typeName);
        }
        if (ApiPolicy.RestrictedTypes.TryGetValue(typeName, out var restricted))
        {
            return symbol is INamedTypeSymbol || ApiPolicy.MemberAllowed(restricted.Members, symbol.Name)
                ? null
                : ($"'{what}' is not available to submissions: it {restricted.Reason}.", what);
        }
        if (ApiPolicy.AllowedNamespaces.Contains(ns) || ApiPolicy.AllowedTypes.Contains(typeName))
        {
            return null;
        }
        return ($"'{what}' is not available to submissions: the namespace '{ns}' is not on the judge's allow-list.", typeName);
    }
}
