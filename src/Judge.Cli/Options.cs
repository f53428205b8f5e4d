namespace Judge.Cli;

/// <summary>The command line's <c>--name value</c> options.</summary>
public sealed class Options(Dictionary<string, string> values)
{
    public static Options Parse(IReadOnlyList<string> args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < args.Count; i += 2)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal))
            {
                throw new ArgumentException($"Expected an option, got '{args[i]}'.");
            }
            values[args[i][2..]] = args[i + 1];
        }
        return new Options(values);
    }

    public string? this[string name] => values.GetValueOrDefault(name);
}
