using System.Text.Json;
using Judge.Core.Checking;
using Judge.Core.Problems;
using Judge.Core.Verdicts;

namespace Judge.Engine.Problems;

/// <summary>Reads one problem folder: <c>problem.json</c>, <c>statement.md</c>, <c>starter.cs</c>, test groups and reference solutions.</summary>
public static class ProblemLoader
{
    /// <param name="scripts">Compiles the problem's generator and checker scripts, when they are first needed.</param>
    public static Problem Load(string directory, IScriptCompiler? scripts = null)
    {
        scripts ??= InProcessScriptCompiler.Instance;
        var id = Path.GetFileName(Path.TrimEndingDirectorySeparator(directory));
        var file = Read<ProblemFile>(Path.Combine(directory, "problem.json"));
        var kind = Enum.Parse<ProblemKind>(file.Kind, ignoreCase: true);
        var checkerName = file.Checker ?? (kind == ProblemKind.Stdio ? "tokens" : "exact");
        var checker = checkerName.StartsWith("script:", StringComparison.Ordinal)
            ? new ScriptChecker(checkerName, Path.Combine(directory, checkerName["script:".Length..]), scripts)
            : Checkers.ByName(checkerName) ?? throw new InvalidDataException($"{id}: unknown checker '{checkerName}'.");
        if ((file.Restrictions ?? []).FirstOrDefault(r => !KnownRestrictions.Contains(r)) is { } unknown)
        {
            throw new InvalidDataException($"{id}: unknown restriction '{unknown}'; known: {string.Join(", ", KnownRestrictions)}.");
        }
        var groups = file.Groups.Select(g => LoadGroup(directory, kind, g, scripts)).ToList();
        if (groups.Select(g => g.Name).Distinct().Count() != groups.Count)
        {
            throw new InvalidDataException($"{id}: group names must be unique.");
        }
        return new Problem(
            id,
            file.Title,
            file.Difficulty,
            file.Tags ?? [],
            kind,
            File.ReadAllText(Path.Combine(directory, "statement.md")),
            File.ReadAllText(Path.Combine(directory, "starter.cs")),
            new ProblemLimits(file.Limits?.TimeMs ?? ProblemLimits.Default.TimeMs, file.Limits?.MemoryMb ?? ProblemLimits.Default.MemoryMb),
            new EntryPoint(file.Entry.Class, file.Entry.Method, file.Entry.ResultFromArgument, file.Entry.ExceptionsAsResults ?? false),
            file.Prelude ?? [],
            file.StackSizeKb ?? Problem.DefaultStackSizeKb,
            file.Restrictions ?? [],
            checker,
            groups,
            (file.References ?? []).Select(r => new ReferenceSolution(
                r.File,
                File.ReadAllText(Path.Combine(directory, r.File)),
                Enum.Parse<Verdict>(r.Verdict))).ToList());
    }

    /// <summary>Restrictions the compiler enforces (see <c>Judge.Compiler.Policy</c>).</summary>
    private static readonly HashSet<string> KnownRestrictions = ["no-recursion"];

    private static TestGroup LoadGroup(string directory, ProblemKind kind, GroupFile group, IScriptCompiler scripts)
    {
        Func<IReadOnlyList<TestCase>> load = (group.File, group.Generator) switch
        {
            ({ } file, null) => () => Read<TestFile[]>(Path.Combine(directory, file))
                .Select(t => new TestCase(t.Name, group.Name, RawUtf8(t.Input, file, t.Name), ExpectedUtf8(kind, t.Expected, file, t.Name)))
                .ToList(),
            // Large tests go to the process's store; samples stay in memory, because they are shown in full.
            (null, { } script) => () => TestGenerator.Run(Path.Combine(directory, script), group.Name, group.Seed ?? 1, scripts, group.Sample == true ? null : TestStore.Shared),
            _ => throw new InvalidDataException($"Group '{group.Name}' needs exactly one of 'file' or 'generator'."),
        };
        return new TestGroup(group.Name, group.Weight ?? 1, group.Sample ?? false, load);
    }

    /// <summary>Stdio checkers compare raw text; the others compare JSON.</summary>
    private static byte[] ExpectedUtf8(ProblemKind kind, JsonElement expected, string file, string test) =>
        kind == ProblemKind.Stdio ? System.Text.Encoding.UTF8.GetBytes(expected.GetString() ?? "") : RawUtf8(expected, file, test);

    /// <summary>
    /// The value's JSON exactly as the file has it, without a string in between. The reader does not check the
    /// UTF-8 inside strings it is not asked to decode, so this does: a broken file fails at load, not in a checker.
    /// </summary>
    private static byte[] RawUtf8(JsonElement value, string file, string test)
    {
        var raw = System.Runtime.InteropServices.JsonMarshal.GetRawUtf8Value(value);
        return System.Text.Unicode.Utf8.IsValid(raw) ? raw.ToArray() : throw new InvalidDataException($"{file}, test '{test}': not valid UTF-8.");
    }

    private static T Read<T>(string path)
    {
        try
        {
            return JsonSerializer.Deserialize<T>(File.ReadAllBytes(path), ProblemFile.Json)
                ?? throw new InvalidDataException($"{path} is empty.");
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{path}: {e.Message}", e);
        }
    }
}
