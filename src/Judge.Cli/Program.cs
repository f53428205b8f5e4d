using Judge.Cli;

// judge validate [--problems DIR] [--write FILE.md]
return args switch
{
    ["validate", .. var rest] => await ValidateCommand.RunAsync(Options.Parse(rest)),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("""
        usage: judge validate [--problems DIR] [--write FILE.md]
          Judges every reference solution of every problem with the embedded engine, checks each gets its
          declared verdict and that statements show their samples, and prints (or writes) the bank's table.
        """);
    return 2;
}
