using System.Text.Json;

namespace Judge.Core.Problems;

/// <summary>
/// What a generator script sees: a seeded random source and <see cref="Add"/>. Scripts are trusted problem-author
/// code, run in the host once per group; they compute expected outputs themselves, with a known-good algorithm.
/// It lives here, beside <see cref="TestCase"/>, because the compiler worker compiles scripts against it.
/// </summary>
public sealed class GeneratorContext(string group, int seed)
{
    private readonly List<TestCase> tests = [];

    public Random Random { get; } = new(seed);

    /// <summary>Adds a test; <paramref name="input"/> and <paramref name="expected"/> are serialized as JSON.</summary>
    public void Add(string name, object? input, object? expected) =>
        tests.Add(new TestCase(name, group, JsonSerializer.SerializeToUtf8Bytes(input), JsonSerializer.SerializeToUtf8Bytes(expected)));

    /// <summary>
    /// Adds a test from JSON text the script wrote itself: for inputs too deep to build as objects
    /// (serializing 100000 nested lists would recurse 100000 frames deep).
    /// </summary>
    public void AddJson(string name, string inputJson, string expectedJson) =>
        tests.Add(new TestCase(name, group, inputJson, expectedJson));

    /// <summary>Adds a stdio test with raw input and expected text.</summary>
    public void AddText(string name, string input, string expected) =>
        tests.Add(new TestCase(name, group, JsonSerializer.SerializeToUtf8Bytes(input), System.Text.Encoding.UTF8.GetBytes(expected)));

    /// <summary>The tests added so far, in order.</summary>
    public IReadOnlyList<TestCase> Tests => tests;
}
