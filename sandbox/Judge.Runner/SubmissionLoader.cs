using System.Reflection;
using System.Runtime.Loader;

namespace Judge.Runner;

/// <summary>Loads the compiled submission, with its symbols so that exceptions carry the user's line numbers.</summary>
public static class SubmissionLoader
{
    public static Assembly Load(byte[] assembly, byte[]? symbols)
    {
        var context = new AssemblyLoadContext("Submission");
        using var image = new MemoryStream(assembly);
        using var pdb = symbols is null ? null : new MemoryStream(symbols);
        return context.LoadFromStream(image, pdb);
    }
}
