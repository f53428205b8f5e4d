// Large and deep inputs for the iterative O(n) requirement. Runs once in the host with a fixed seed.
// Add() serializes with System.Text.Json's default maximum depth (64), far below the depth of the deep
// tests, so every test here is written as JSON text and handed over as a raw value.
//
// Depth: 10000 levels, with "stackSizeKb": 256 in problem.json, so that recursion (about 100 bytes of stack
// per level) overflows. Not deeper: the runner reads inputs with JsonDocument.Parse, whose time grows with
// the square of the depth (about 0.3 s at 10000 levels, 20 s at 100000), and that reading counts against
// the host's watchdog (time limit + 1 s grace).
#r "System.Text.Json"
using System.Text.Json;
using System.Text.Json.Serialization;

const int DeepLevels = 10_000;

[JsonConverter(typeof(RawJsonConverter))]
public sealed class RawJson
{
    public RawJson(string text) => Text = text;
    public string Text { get; }
}

public sealed class RawJsonConverter : JsonConverter<RawJson>
{
    public override RawJson Read(ref Utf8JsonReader reader, Type type, JsonSerializerOptions options) =>
        throw new NotSupportedException();

    public override void Write(Utf8JsonWriter writer, RawJson value, JsonSerializerOptions options) =>
        writer.WriteRawValue(value.Text, skipInputValidation: true);
}

// input is the JSON of the argument `nested`; the test's input is the argument array around it.
void AddRaw(string name, StringBuilder nested, List<int> expected) =>
    Add(name, new RawJson("[" + nested + "]"), new RawJson("[" + string.Join(",", expected) + "]"));

// 1. One flat list of 300000 integers (a work list taken from the front needs about 20 s).
{
    var json = new StringBuilder("[");
    var expected = new List<int>();
    for (var i = 0; i < 300_000; i++)
    {
        var v = Random.Next(-1000, 1001);
        if (i > 0) json.Append(',');
        json.Append(v);
        expected.Add(v);
    }
    AddRaw("wide", json.Append(']'), expected);
}

// 2. A random tree: 150000 integers in lists of random size, at most 50 levels deep, with some empty lists.
{
    var json = new StringBuilder("[");
    var expected = new List<int>();
    var depth = 1;
    var needComma = false;
    for (var left = 150_000; left > 0;)
    {
        var roll = Random.Next(10);
        if (roll < 2 && depth < 50)
        {
            json.Append(needComma ? ",[" : "[");
            depth++;
            needComma = false;
        }
        else if (roll < 4 && depth > 1)
        {
            json.Append(']');
            depth--;
            needComma = true;
        }
        else
        {
            var v = Random.Next(-1_000_000, 1_000_001);
            if (needComma) json.Append(',');
            json.Append(v);
            expected.Add(v);
            left--;
            needComma = true;
        }
    }
    AddRaw("random-tree", json.Append(']', depth), expected);
}

// 3. A chain DeepLevels lists deep, the value before the nested list: [0,[1,[2,...[9999]...]]].
{
    const int levels = DeepLevels;
    var json = new StringBuilder();
    var expected = new List<int>();
    for (var i = 0; i < levels; i++)
    {
        json.Append('[').Append(i);
        expected.Add(i);
        if (i + 1 < levels) json.Append(',');
    }
    json.Append(']', levels);
    AddRaw("deep-chain", json, expected);
}

// 4. A chain DeepLevels lists deep, the value after the nested list: [[[...[[],9998]...,1],0].
{
    const int levels = DeepLevels;
    var json = new StringBuilder();
    json.Append('[', levels).Append(']');
    var expected = new List<int>();
    for (var i = levels - 2; i >= 0; i--)
    {
        json.Append(',').Append(i).Append(']');
        expected.Add(i);
    }
    AddRaw("deep-values-after", json, expected);
}
