namespace Judge.Cli;

/// <summary>A failure to report in one line and exit with <see cref="ExitCode"/> (one of <see cref="ExitCodes"/>).</summary>
public sealed class CliException(int exitCode, string message, Exception? inner = null) : Exception(message, inner)
{
    public int ExitCode { get; } = exitCode;

    public static CliException Usage(string message) => new(ExitCodes.Usage, message);
}
