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

    /// <summary>The runner is one self-contained file: inside its sandbox there is no .NET installation to bind or name.</summary>
    [Fact]
    public void Runner_StartsItsOwnFile_WithoutTheHostsDotnet()
    {
        var policy = new SandboxPolicy(new SandboxOptions(), "/usr/share/dotnet", "/opt/judge");

        var arguments = policy.BubblewrapArguments(WorkerKind.Runner, ["runner/Judge.Runner"], heapMb: 64).ToList();

        Assert.DoesNotContain(arguments, a => a.Contains("/usr/share/dotnet", StringComparison.Ordinal));
        Assert.Equal(["--ro-bind", "/opt/judge/runner/Judge.Runner", "/judge/runner/Judge.Runner"],
            arguments[(arguments.IndexOf("/opt/judge/runner/Judge.Runner") - 1)..(arguments.IndexOf("/opt/judge/runner/Judge.Runner") + 2)]);
        Assert.Equal(["--", "/judge/runner/Judge.Runner"], arguments[^2..]);
        Assert.False(policy.Environment(WorkerKind.Runner, heapMb: 64).ContainsKey("DOTNET_ROOT"));
    }

    /// <summary>The compiler is started by the host's <c>dotnet</c>, which the sandbox shows it read-only.</summary>
    [Fact]
    public void Compiler_IsStartedByTheHostsDotnet_BoundReadOnly()
    {
        var policy = new SandboxPolicy(new SandboxOptions(), "/usr/share/dotnet", "/opt/judge");

        var arguments = policy.BubblewrapArguments(WorkerKind.Compiler, ["Judge.Compiler.dll"], heapMb: 64).ToList();

        var bound = arguments.IndexOf("/usr/share/dotnet") + 1;
        Assert.Equal(["--ro-bind-try", "/usr/share/dotnet", "/usr/share/dotnet"], arguments[(bound - 2)..(bound + 1)]);
        Assert.Equal(["--", "/usr/share/dotnet/dotnet", "/judge/Judge.Compiler.dll"], arguments[^3..]);
        Assert.Equal("/usr/share/dotnet", policy.Environment(WorkerKind.Compiler, heapMb: 64)["DOTNET_ROOT"]);
    }

    /// <summary>Only the long-lived compiler tiers up, so only it keeps the runtime's profile-guided optimisation and counts calls from its start.</summary>
    [Fact]
    public void Compiler_KeepsProfileGuidedTiering_RunnerTurnsItOff()
    {
        var policy = new SandboxPolicy(new SandboxOptions(), "/usr/share/dotnet", "/opt/judge");

        var compiler = policy.Environment(WorkerKind.Compiler, heapMb: 64);
        var runner = policy.Environment(WorkerKind.Runner, heapMb: 64);

        Assert.False(compiler.ContainsKey("DOTNET_TieredPGO"));
        Assert.Equal("0", compiler["DOTNET_TC_CallCountingDelayMs"]);
        Assert.Equal("0", runner["DOTNET_TieredPGO"]);
        Assert.False(runner.ContainsKey("DOTNET_TC_CallCountingDelayMs"));
    }
}
