namespace Judge.Cli.Tests.Infrastructure;

/// <summary>Runs <c>judge</c> in process with its output captured as a pipe would get it (plain text, no redrawing).</summary>
internal static class CommandLine
{
    public static Task<CliRun> RunAsync(params string[] args) => RunAsync(CancellationToken.None, args);

    public static async Task<CliRun> RunAsync(CancellationToken cancel, params string[] args)
    {
        using var writer = new StringWriter();
        var output = TextWriter.Synchronized(writer);
        var exit = await JudgeApp.RunAsync(args, CliConsole.Plain(output), cancel);
        return new CliRun(exit, writer.ToString());
    }
}

/// <summary>An exit code and everything written (standard output and error together).</summary>
internal sealed record CliRun(int Exit, string Output)
{
    public override string ToString() => $"exit {Exit}:\n{Output}";
}
