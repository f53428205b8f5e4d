namespace Judge.Runner.Tests;

public sealed class WarmupTests
{
    [Fact]
    public void Warmup_ExercisesTheHotPathsWithoutFailing()
    {
        var stderr = new StringWriter();
        var original = Console.Error;
        Console.SetError(stderr);
        try
        {
            Warmup.Run();
        }
        finally
        {
            Console.SetError(original);
        }

        Assert.Equal("", stderr.ToString());
        // The harnesses ran on the embedded stand-in, loaded from bytes into a context of its own as a submission is.
        Assert.Contains(System.Runtime.Loader.AssemblyLoadContext.All, context =>
            context.Name == "Submission" && context.Assemblies.Any(a => a.GetName().Name == "Judge.Runner.StandIn"));
    }
}
