using Judge.Compiler.Policy;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Judge.Compiler.Tests;

/// <summary>The narrow reference set must hold everything the policy allows, and leave out the rest of .NET.</summary>
public sealed class CompileReferencesTests
{
    private static readonly CSharpCompilation Everything = CSharpCompilation.Create("Everything", references: CompileReferences.All);

    private static HashSet<string> Names(IEnumerable<MetadataReference> references) =>
        [.. references.Select(r => Everything.GetAssemblyOrModuleSymbol(r)!.Name)];

    [Fact]
    public void Allowed_HoldsEveryAssemblyThatDefinesAnAllowedType()
    {
        // Walks every namespace of every assembly, a different road from the one the set is built by.
        var defining = CompileReferences.All
            .Select(r => (IAssemblySymbol)Everything.GetAssemblyOrModuleSymbol(r)!)
            .Where(assembly => PublicTypes(assembly.GlobalNamespace).Any(type =>
                ApiPolicy.AllowedNamespaces.Contains(type.ContainingNamespace.ToDisplayString())
                || ApiPolicy.AllowedTypes.Contains(type.ToDisplayString())))
            .Select(assembly => assembly.Name);

        Assert.Subset(Names(CompileReferences.Allowed), defining.ToHashSet());
    }

    [Fact]
    public void Allowed_LeavesOutWhatNoSubmissionMayUse()
    {
        var allowed = Names(CompileReferences.Allowed);

        Assert.Contains("System.Runtime", allowed);
        Assert.Contains("System.Collections.Immutable", allowed);
        Assert.Contains("System.Text.RegularExpressions", allowed);
        Assert.DoesNotContain("System.Net.Http", allowed);
        Assert.DoesNotContain("System.Diagnostics.Process", allowed);
        Assert.DoesNotContain("netstandard", allowed);
        Assert.True(allowed.Count < CompileReferences.All.Length / 3, $"{allowed.Count} of {CompileReferences.All.Length}");
    }

    private static IEnumerable<INamedTypeSymbol> PublicTypes(INamespaceSymbol ns) =>
        ns.GetTypeMembers().Where(t => t.DeclaredAccessibility == Accessibility.Public)
            .Concat(ns.GetNamespaceMembers().SelectMany(PublicTypes));
}
