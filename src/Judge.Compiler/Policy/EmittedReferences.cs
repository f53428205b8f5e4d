using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace Judge.Compiler.Policy;

/// <summary>
/// What an emitted submission refers to outside itself, read from its metadata: every type reference and every
/// member reference, as the policy names them. Reading them takes a few microseconds, where the policy's walk
/// over the source binds every method body again (about a quarter of a compile).
/// </summary>
public static class EmittedReferences
{
    /// <summary>An external type ("System.Collections.Generic.List") or member ("System.Console.WriteLine").</summary>
    public readonly record struct Reference(string Type, string? Member);

    /// <summary>Every external type and member the image refers to, or null when it refers to something this reading does not model.</summary>
    public static List<Reference>? Read(ReadOnlyMemory<byte> image)
    {
        using var pe = new PEReader(System.Collections.Immutable.ImmutableArray.Create(image.Span));
        try
        {
            return pe.HasMetadata ? Read(pe.GetMetadataReader()) : null;
        }
        catch (BadImageFormatException)
        {
            return null; // not an image this reading knows: the walk decides
        }
    }

    private static List<Reference>? Read(MetadataReader metadata)
    {
        var found = new List<Reference>();
        foreach (var handle in metadata.TypeReferences)
        {
            found.Add(new Reference(OutermostName(metadata, handle), null));
        }
        foreach (var handle in metadata.MemberReferences)
        {
            var member = metadata.GetMemberReference(handle);
            var parent = member.Parent;
            string? type = parent.Kind switch
            {
                HandleKind.TypeReference => OutermostName(metadata, (TypeReferenceHandle)parent),
                HandleKind.TypeSpecification => GenericDefinition(metadata, (TypeSpecificationHandle)parent),
                HandleKind.TypeDefinition => "",
                _ => null,
            };
            if (type is null)
            {
                return null;
            }
            if (type.Length > 0)
            {
                found.Add(new Reference(type, metadata.GetString(member.Name)));
            }
        }
        return found;
    }

    /// <summary>The namespace and name of the outermost type holding a referenced type, without its generic arity.</summary>
    private static string OutermostName(MetadataReader metadata, TypeReferenceHandle handle)
    {
        var type = metadata.GetTypeReference(handle);
        while (type.ResolutionScope.Kind == HandleKind.TypeReference)
        {
            type = metadata.GetTypeReference((TypeReferenceHandle)type.ResolutionScope);
        }
        var name = metadata.GetString(type.Name);
        var arity = name.IndexOf('`');
        if (arity >= 0)
        {
            name = name[..arity];
        }
        return type.Namespace.IsNil ? name : $"{metadata.GetString(type.Namespace)}.{name}";
    }

    /// <summary>
    /// For a member of a constructed generic type (<c>List&lt;int&gt;.Add</c>), the generic type's name; "" for an array's
    /// members and the submission's own generic types (their element types are type references of their own); null otherwise.
    /// </summary>
    private static string? GenericDefinition(MetadataReader metadata, TypeSpecificationHandle handle)
    {
        var blob = metadata.GetBlobReader(metadata.GetTypeSpecification(handle).Signature);
        var code = blob.ReadSignatureTypeCode();
        if (code is SignatureTypeCode.SZArray or SignatureTypeCode.Array)
        {
            return "";
        }
        if (code != SignatureTypeCode.GenericTypeInstance)
        {
            return null;
        }
        blob.ReadSignatureTypeCode(); // class or value type
        var definition = blob.ReadTypeHandle();
        return definition.Kind switch
        {
            HandleKind.TypeReference => OutermostName(metadata, (TypeReferenceHandle)definition),
            HandleKind.TypeDefinition => "",
            _ => null,
        };
    }
}
