using System.ComponentModel;
using Judge.Core.Access;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Judge.Cli.Access;

public sealed class HashKeySettings : CommandSettings
{
    [CommandArgument(0, "<key>")]
    [Description("The API key to hash; - reads it from standard input (keeps it out of shell history)")]
    public string Key { get; set; } = "";

    public override ValidationResult Validate() =>
        Key.Length == 0 ? ValidationResult.Error("The key is empty.") : ValidationResult.Success();
}

/// <summary><c>judge hash-key &lt;key&gt;</c>: the value for <c>Access:Keys:N:Sha256</c>, hashed exactly as the service hashes presented keys.</summary>
public sealed class HashKeyCommand(CliConsole console) : Command<HashKeySettings>
{
    public override int Execute(CommandContext context, HashKeySettings settings, CancellationToken cancel)
    {
        var key = settings.Key == "-" ? Console.In.ReadLine()?.TrimEnd('\r', '\n') ?? "" : settings.Key;
        if (key.Length == 0)
        {
            throw CliException.Usage("The key is empty.");
        }
        console.Raw.WriteLine(ApiKeyHash.Of(key));
        return ExitCodes.Ok;
    }
}
