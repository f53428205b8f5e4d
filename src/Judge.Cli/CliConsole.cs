using Spectre.Console;

namespace Judge.Cli;

/// <summary>
/// Where commands write: <see cref="Out"/> for people (tables, colours, progress), <see cref="Error"/> for errors
/// and warnings, and <see cref="Raw"/> for machine-readable text that must never be wrapped or coloured (<c>--json</c>).
/// </summary>
public sealed record CliConsole(IAnsiConsole Out, IAnsiConsole Error, TextWriter Raw)
{
    public static CliConsole System() => new(
        AnsiConsole.Console,
        AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) }),
        Console.Out);

    /// <summary>Plain text into one writer, as a pipe would get it: no colours, no cursor movement, wide lines.</summary>
    public static CliConsole Plain(TextWriter writer, int width = 200)
    {
        IAnsiConsole Create() => AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(writer),
        });
        var (output, error) = (Create(), Create());
        output.Profile.Width = error.Profile.Width = width;
        return new CliConsole(output, error, writer);
    }

    /// <summary>True when the output is a terminal that can redraw: live tables and progress bars make sense.</summary>
    public bool CanRedraw => Out.Profile.Capabilities.Interactive && Out.Profile.Capabilities.Ansi;
}
