using Judge.Sandbox;

namespace Judge.Api.Tests.Sandbox;

public sealed class SandboxPolicyTests
{
    /// <summary>A merged /usr (/lib -> usr/lib) is linked inside the sandbox as outside it, not mounted a second time.</summary>
    [Fact]
    public void LibraryFolders_LinkedOnTheHost_AreLinkedInside_OthersBoundReadOnly()
    {
        var arguments = new SandboxPolicy(new SandboxOptions(), "/usr/share/dotnet", "/opt/judge")
            .BubblewrapArguments(WorkerKind.Runner, [], heapMb: 64).ToList();

        foreach (var folder in SandboxPolicy.LibraryFolders)
        {
            var at = arguments.LastIndexOf(folder);
            Assert.True(at >= 2, $"{folder} is not in the arguments.");
            var target = new DirectoryInfo(folder).LinkTarget;
            var linksToLibraries = target is not null
                && SandboxPolicy.LibraryFolders.Contains(Path.GetFullPath(target, Path.GetDirectoryName(folder)!));
            Assert.Equal(linksToLibraries ? ["--symlink", target!, folder] : ["--ro-bind-try", folder, folder], arguments[(at - 2)..(at + 1)]);
        }
    }
}
