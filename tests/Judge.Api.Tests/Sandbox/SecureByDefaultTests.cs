using Judge.Sandbox;

namespace Judge.Api.Tests.Sandbox;

public sealed class SecureByDefaultTests
{
    [Fact]
    public void WithoutBubblewrap_TheLauncherRefusesToStart()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new WorkerLauncher(new SandboxOptions { BubblewrapPath = "/nonexistent/bwrap" }));

        Assert.Contains("bubblewrap", error.Message);
        Assert.Contains("Sandbox__AllowUnsafeLocalMode", error.Message);
    }

    [Fact]
    public void UnsafeLocalMode_IsExplicitAndSaysWhatIsMissing()
    {
        var launcher = new WorkerLauncher(new SandboxOptions { BubblewrapPath = "/nonexistent/bwrap", AllowUnsafeLocalMode = true });

        Assert.True(launcher.Status.Unsafe);
        Assert.Equal("none", launcher.Status.Namespaces);
        Assert.Contains(launcher.Status.Problems, p => p.Contains("bubblewrap"));
    }
}
