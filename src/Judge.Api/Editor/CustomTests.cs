using System.Text;
using System.Text.Json;
using Judge.Core.Problems;

namespace Judge.Api.Editor;

/// <summary>
/// Reads a run's own tests into the inputs the runner takes, in the problem's format, or names what is wrong
/// with each one by its path (<c>tests[2].input</c>), all at once.
/// </summary>
internal static class CustomTests
{
    public const string Title = "The run's tests are not valid.";

    private static readonly JsonDocumentOptions Json = new() { MaxDepth = 1_000_000 };

    /// <returns>The runner's inputs (null: run the samples), or a 400 problem naming each bad field.</returns>
    public static (IReadOnlyList<string>? Inputs, IResult? Invalid) Read(Problem problem, IReadOnlyList<CustomTestInput?>? tests, EditorOptions options)
    {
        var errors = new Dictionary<string, string[]>();
        if (tests is null)
        {
            if (!problem.Samples.Any())
            {
                errors["tests"] = ["This problem has no sample tests; send tests of your own."];
            }
        }
        else if (tests.Count == 0)
        {
            errors["tests"] = ["Send at least one test, or leave tests out to run the samples."];
        }
        else if (tests.Count > options.MaxTests)
        {
            errors["tests"] = [$"A run takes at most {options.MaxTests} tests; this one has {tests.Count}."];
        }
        if (errors.Count > 0 || tests is null)
        {
            return (null, errors.Count > 0 ? TypedResults.ValidationProblem(errors, title: Title) : null);
        }
        var inputs = new List<string>();
        for (var i = 0; i < tests.Count; i++)
        {
            var path = $"tests[{i}]";
            if (tests[i]?.Input is not { } input)
            {
                errors[tests[i] is null ? path : path + ".input"] = [$"The input field is required; e.g. {Example(problem)}"];
                continue;
            }
            if (WhatIsWrong(problem, input, options) is { } reason)
            {
                errors[path + ".input"] = [reason];
                continue;
            }
            inputs.Add(problem.Kind == ProblemKind.Stdio ? JsonSerializer.Serialize(input) : input);
        }
        return errors.Count > 0 ? (null, TypedResults.ValidationProblem(errors, title: Title)) : (inputs, null);
    }

    /// <summary>Why the runner could not take this input, or null when it can.</summary>
    private static string? WhatIsWrong(Problem problem, string input, EditorOptions options)
    {
        var size = Encoding.UTF8.GetByteCount(input);
        if (size > options.MaxTestInputBytes)
        {
            return $"The input is {size} bytes; the limit is {options.MaxTestInputBytes} bytes.";
        }
        if (problem.Kind == ProblemKind.Stdio)
        {
            return null;
        }
        try
        {
            using var document = JsonDocument.Parse(input, Json);
            return problem.Kind == ProblemKind.Function ? Arguments(document.RootElement, problem) : Operations(document.RootElement, problem);
        }
        catch (JsonException e)
        {
            return $"The input is not valid JSON: {e.Message}";
        }
    }

    private static string? Arguments(JsonElement root, Problem problem) =>
        root.ValueKind == JsonValueKind.Array ? null : $"The input is the array of arguments, e.g. {Example(problem)}";

    private static string? Operations(JsonElement root, Problem problem)
    {
        if (root.ValueKind != JsonValueKind.Object ||
            !root.TryGetProperty("ops", out var ops) || ops.ValueKind != JsonValueKind.Array ||
            !root.TryGetProperty("args", out var args) || args.ValueKind != JsonValueKind.Array)
        {
            return $"The input is an object with \"ops\" and \"args\" arrays, e.g. {Example(problem)}";
        }
        if (ops.GetArrayLength() != args.GetArrayLength())
        {
            return $"\"ops\" has {ops.GetArrayLength()} operations but \"args\" has {args.GetArrayLength()} argument lists; give one per operation.";
        }
        if (ops.EnumerateArray().Any(o => o.ValueKind != JsonValueKind.String))
        {
            return "Every operation in \"ops\" is a string.";
        }
        return ops.GetArrayLength() > 0 && ops[0].GetString() == problem.Entry.ClassName
            ? null
            : $"The first operation constructs the class: \"{problem.Entry.ClassName}\".";
    }

    private static string Example(Problem problem) =>
        problem.Samples.FirstOrDefault() is { } sample ? sample.DisplayInput(problem.Kind) : problem.Kind == ProblemKind.Design ? "{\"ops\": [...], \"args\": [...]}" : "[...]";
}
