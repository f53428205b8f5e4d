using static Judge.Compiler.Policy.EmittedReferences;

namespace Judge.Compiler.Policy;

/// <summary>
/// The policy's fast path: whether everything an emitted submission refers to is plainly allowed. When it is, the
/// policy's walk over the source (which binds every method body again) would find nothing that runs, and is skipped;
/// when anything is in doubt, the walk decides, and reports each use at its place. Never rejects on its own.
/// </summary>
public static class EmittedReferenceCheck
{
    /// <param name="named">Every identifier the submission's source contains: a compiler-owned type it names may be its own use.</param>
    public static bool AllAllowed(IReadOnlyList<Reference> references, IReadOnlySet<string> named)
    {
        foreach (var reference in references)
        {
            if (!Allowed(reference, named))
            {
                return false;
            }
        }
        return true;
    }

    private static bool Allowed(Reference reference, IReadOnlySet<string> named)
    {
        var (type, member) = reference;
        if (CompilerOwnedApi.Types.TryGetValue(type, out var members))
        {
            return !Named(type, named) && (member is null || members is null || members.Contains(member));
        }
        if (member is null)
        {
            return TypeAllowed(type) || ApiPolicy.RestrictedTypes.ContainsKey(type) || (HoldsAllowedMember(type) && !Named(type, named));
        }
        if (CompilerOwnedApi.Members.TryGetValue(type, out var owned) && owned.Contains(member) && !named.Contains(member))
        {
            return true;
        }
        var name = AccessorOf(member);
        if (ApiPolicy.AllowedMembers.Contains($"{type}.{name}"))
        {
            return true;
        }
        return ApiPolicy.RestrictedTypes.TryGetValue(type, out var restricted)
            ? ApiPolicy.MemberAllowed(restricted.Members, name)
            : TypeAllowed(type);
    }

    /// <summary>A type the policy allows whole, as <see cref="ApiPolicyChecker.Forbidden"/> decides it for a type's members.</summary>
    private static bool TypeAllowed(string type) =>
        !ApiPolicy.ForbiddenTypes.ContainsKey(type)
        && (ApiPolicy.AllowedTypes.Contains(type) || ApiPolicy.AllowedNamespaces.Contains(NamespaceOf(type)));

    /// <summary>A type the policy opens for one member only (<c>MemberInfo</c> for <c>GetType().Name</c>).</summary>
    private static bool HoldsAllowedMember(string type) =>
        ApiPolicy.AllowedMembers.Any(member => member.Length > type.Length && member.StartsWith(type, StringComparison.Ordinal) && member[type.Length] == '.');

    /// <summary>Whether the source names the type itself (attributes by their short name too).</summary>
    private static bool Named(string type, IReadOnlySet<string> named)
    {
        var name = type[(type.LastIndexOf('.') + 1)..];
        return named.Contains(name) || (name.EndsWith("Attribute", StringComparison.Ordinal) && named.Contains(name[..^"Attribute".Length]));
    }

    /// <summary>The property or event behind an accessor's name (<c>get_NewLine</c> is <c>NewLine</c>), as the policy names members.</summary>
    private static string AccessorOf(string member)
    {
        foreach (var prefix in (ReadOnlySpan<string>)["get_", "set_", "add_", "remove_"])
        {
            if (member.StartsWith(prefix, StringComparison.Ordinal) && member.Length > prefix.Length)
            {
                return member[prefix.Length..];
            }
        }
        return member;
    }

    private static string NamespaceOf(string type) => type.LastIndexOf('.') is var dot and >= 0 ? type[..dot] : "";
}
