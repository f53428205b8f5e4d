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
    }
}
