using Judge.Api.Access;
using Judge.Cli.Tests.Infrastructure;

namespace Judge.Cli.Tests.Access;

public sealed class HashKeyCommandTests
{
    [Fact]
    public async Task HashKey_PrintsTheHashTheServiceComparesWith()
    {
        var run = await CommandLine.RunAsync("hash-key", "secret");

        Assert.Equal(ExitCodes.Ok, run.Exit);
        // SHA-256("secret"), and what the service computes for a presented key.
        Assert.Equal("2bb80d537b1da3e38bd30361aa855686bde0eacd7162fef6a25fe97bf527a25b", run.Output.Trim());
        Assert.Equal(ApiKeyAuthentication.Hash("secret"), run.Output.Trim());
    }
}
