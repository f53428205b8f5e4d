using System.Buffers;
using System.Text.Json;

namespace Judge.Core.Problems;

/// <summary>
/// What a generator script sees: a seeded random source and <see cref="Add"/>. Scripts are trusted problem-author
/// code, run in the host once per group; they compute expected outputs themselves, with a known-good algorithm.
/// It lives here, beside <see cref="TestCase"/>, because the compiler worker compiles scripts against it.
/// </summary>
/// <param name="store">Where large tests are kept instead of memory; none keeps every test in memory.</param>
public sealed class GeneratorContext(string group, int seed, TestStore? store = null)
{
    private readonly List<TestCase> tests = [];

    /// <summary>
    /// Where values are serialized, one after the other. <c>JsonSerializer.SerializeToUtf8Bytes</c> grows its buffer
    /// through the shared array pool, which then keeps a large test's buffers (16 MB and more) for the life of the
    /// process; this one goes with the context once the group is generated.
    /// </summary>
    private readonly ArrayBufferWriter<byte> buffer = new(64 * 1024);

    public Random Random { get; } = new(seed);

    /// <summary>Adds a test; <paramref name="input"/> and <paramref name="expected"/> are serialized as JSON.</summary>
    public void Add(string name, object? input, object? expected) =>
        tests.Add(new TestCase(name, group, Serialize(input), Serialize(expected)));

    /// <summary>
    /// Adds a test from JSON text the script wrote itself: for inputs too deep to build as objects
    /// (serializing 100000 nested lists would recurse 100000 frames deep).
    /// </summary>
    public void AddJson(string name, string inputJson, string expectedJson) =>
        tests.Add(new TestCase(name, group, Keep(System.Text.Encoding.UTF8.GetBytes(inputJson)), Keep(System.Text.Encoding.UTF8.GetBytes(expectedJson))));

    /// <summary>Adds a stdio test with raw input and expected text.</summary>
    public void AddText(string name, string input, string expected) =>
        tests.Add(new TestCase(name, group, Keep(JsonStringLiteral.Encode(input)), Keep(System.Text.Encoding.UTF8.GetBytes(expected))));

    private TestData Keep(ReadOnlySpan<byte> bytes) => store?.Keep(bytes) ?? new TestData(bytes.ToArray());

    private TestData Keep(byte[] bytes) => store?.Keep(bytes) ?? new TestData(bytes);

    private TestData Serialize(object? value)
    {
        buffer.ResetWrittenCount();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            JsonSerializer.Serialize(writer, value);
        }
        return Keep(buffer.WrittenSpan);
    }

    /// <summary>The tests added so far, in order.</summary>
    public IReadOnlyList<TestCase> Tests => tests;
}
