using System.Text.Json;
using System.Text.Json.Serialization;

namespace Judge.Engine.Problems;

/// <summary>The shape of <c>problem.json</c>; see README's "Problem folder format".</summary>
internal sealed record ProblemFile(
    string Title,
    string Difficulty,
    string[]? Tags,
    string Kind,
    EntryFile Entry,
    string? Checker,
    LimitsFile? Limits,
    string[]? Prelude,
    int? StackSizeKb,
    string[]? Restrictions,
    GroupFile[] Groups,
    ReferenceFile[]? References)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        AllowTrailingCommas = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        // Test files may hold deeply nested inputs; generators are the better place for very deep ones.
        MaxDepth = 100_000,
    };
}

internal sealed record EntryFile(string Class, string? Method, int? ResultFromArgument, bool? ExceptionsAsResults);

internal sealed record LimitsFile(int? TimeMs, int? MemoryMb);

/// <summary>A test group: tests from a JSON <c>file</c>, or from a C# <c>generator</c> script run once with a fixed seed.</summary>
internal sealed record GroupFile(string Name, double? Weight, bool? Sample, string? File, string? Generator, int? Seed);

internal sealed record ReferenceFile(string File, string Verdict);

/// <summary>One test as written in a group file.</summary>
internal sealed record TestFile(string Name, JsonElement Input, JsonElement Expected);
