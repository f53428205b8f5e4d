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

    /// <param name="emitted">
    /// The submission's compiled image, when it compiled: if everything it refers to is plainly allowed (see
    /// <see cref="EmittedReferenceCheck"/>), only the unsafe language features are looked for, which needs no binding.
    /// A forbidden name that compiles to nothing (inside <c>nameof</c>, a constant, a local never read) is then not
    /// reported, since nothing of it runs.
    /// </param>
    public static IReadOnlyList<JudgeDiagnostic> Check(CSharpCompilation compilation, SyntaxTree submission, ReadOnlyMemory<byte>? emitted = null)
    {
        var found = new List<(JudgeDiagnostic Diagnostic, string Subject)>();
        var names = new List<SyntaxNode>();
        var identifiers = new HashSet<string>(StringComparer.Ordinal);
        var mustBind = emitted is null;
        foreach (var node in submission.GetRoot().DescendantNodesAndTokens())
        {
            if (node.IsToken)
            {
                var token = node.AsToken();
                if (token.IsKind(SyntaxKind.IdentifierToken))
                {
                    identifiers.Add(token.ValueText);
                }
                Report(found, ForbiddenToken(token), node);
                continue;
            }
            var syntax = node.AsNode()!;
            Report(found, ForbiddenSyntax(syntax), node);
            if (syntax is SimpleNameSyntax or ImplicitObjectCreationExpressionSyntax)
            {
                names.Add(syntax);
            }
            // Attributes can change what the runtime does without a reference the image shows (layout, native
            // imports), and aliases and static imports name types the image need not mention: the walk decides.
            mustBind |= syntax is AttributeListSyntax or ExternAliasDirectiveSyntax or UsingDirectiveSyntax { Alias: not null } or UsingDirectiveSyntax { StaticKeyword.RawKind: not 0 };
        }
        // `dynamic` is refused as a keyword, but only a dynamic operation leaves a binder in the image: the walk sees it.
        mustBind |= identifiers.Contains("dynamic");
        if (mustBind || EmittedReferences.Read(emitted!.Value) is not { } references || !EmittedReferenceCheck.AllAllowed(references, identifiers))
        {
            var model = compilation.GetSemanticModel(submission);
            foreach (var name in names)
            {
                Report(found, ForbiddenName(name, model), name);
            }
        }
        // One message per forbidden type and line: `File.ReadAllText` is reported at `File`, not twice.
        return found.DistinctBy(f => (f.Diagnostic.Line, f.Subject)).Select(f => f.Diagnostic).ToList();
    }

    private static void Report(List<(JudgeDiagnostic, string)> found, (string Reason, string Subject)? finding, SyntaxNodeOrToken at)
    {
        if (finding is { } f)
        {
            found.Add((DiagnosticMapper.At(Id, JudgeSeverity.Error, f.Reason, at.GetLocation()!), f.Subject));
        }
    }

    private static (string Reason, string Subject)? ForbiddenToken(SyntaxToken token) => token.Kind() switch
    {
        SyntaxKind.UnsafeKeyword => ("'unsafe' code is not allowed.", "unsafe"),
        SyntaxKind.ExternKeyword when token.Parent is not ExternAliasDirectiveSyntax => ("'extern' methods (native code) are not allowed.", "extern"),
        SyntaxKind.MakeRefKeyword or SyntaxKind.RefTypeKeyword or SyntaxKind.RefValueKeyword or SyntaxKind.ArgListKeyword
            => ($"'{token.Text}' is not allowed.", token.Text),
        _ => null,
    };

    private static (string Reason, string Subject)? ForbiddenSyntax(SyntaxNode node) => node switch
    {
        PointerTypeSyntax => ("Pointers are not allowed.", "pointer"),
        FunctionPointerTypeSyntax => ("Function pointers are not allowed.", "pointer"),
        _ => null,
    };

    private static (string Reason, string Subject)? ForbiddenName(SyntaxNode node, SemanticModel model)
    {
        var symbol = model.GetSymbolInfo(node).Symbol ?? model.GetSymbolInfo(node).CandidateSymbols.FirstOrDefault();
        return symbol is null ? null : Forbidden(symbol);
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
