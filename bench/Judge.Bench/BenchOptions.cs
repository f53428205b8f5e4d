namespace Judge.Bench;

/// <summary>The benchmark's command line.</summary>
public sealed record BenchOptions(int Submissions, int Builds, int Soak, string SoakMix, string SmallProblem, string Service, bool Baselines, bool OnlySmall, int WarmUp)
{
    public const string Help = """
        Judge.Bench: judges submissions over HTTP against real services and prints a table.

          --submissions N   submissions per load row (default 120)
          --builds N        runs of baseline (a), `dotnet build` per submission (default 3)
          --warm-up N       submissions (every fast reference of the bank, in turn) judged before the warm rows, until
                            the JIT has recompiled the host's and the compiler's hot paths (default 300)
          --no-baselines    skip baselines (a) and (b)
          --small ID        the problem whose accepted reference is the "small accepted" submission (default date-factory)
          --service KIND    publish (default): the service as deployed, ReadyToRun-published to artifacts/bench-service;
                            build: the Release build output (src/Judge.Api/bin/Release), JIT only;
                            or the path of a Judge.Api.dll (another build, e.g. of an older commit, to compare)
          --only-small      only the small and large-input rows (no mix, no baselines)
          --soak N          instead of the table: N submissions in a row, then memory, descriptors, threads and
                            leftover worker processes before, after 1000 (or N/5 when N < 5000) and after N
          --soak-mix MIX    small (default): the small problem's references and a compile error, in turn;
                            fast: every reference of the bank except the deliberate time-outs
          --help            this text
        """;

    /// <summary>The options, or null when the command line asks for help or makes no sense.</summary>
    public static BenchOptions? Parse(string[] args)
    {
        var options = new BenchOptions(120, 3, 0, "small", "date-factory", "publish", true, false, 300);
        for (var i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            try
            {
                options = args[i] switch
                {
                    "--submissions" => options with { Submissions = int.Parse(Next()) },
                    "--builds" => options with { Builds = int.Parse(Next()) },
                    "--warm-up" => options with { WarmUp = int.Parse(Next()) },
                    "--soak" => options with { Soak = int.Parse(Next()) },
                    "--soak-mix" when Next() is "small" or "fast" => options with { SoakMix = args[i] },
                    "--small" => options with { SmallProblem = Next() },
                    "--service" => options with { Service = Next() },
                    "--only-small" => options with { OnlySmall = true, Baselines = false },
                    "--no-baselines" => options with { Baselines = false },
                    _ => null,
                };
            }
            catch (Exception e) when (e is ArgumentException or FormatException)
            {
                return null;
            }
            if (options is null)
            {
                return null;
            }
        }
        return options;
    }
}
