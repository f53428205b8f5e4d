using System.Text.Json;
using Judge.Runner.Json;

namespace Judge.Runner.Tests;

/// <summary>The runner's own JSON reader and writer agree with System.Text.Json, which the host reads their text with.</summary>
public sealed class JsonTests
{
    [Theory]
    [InlineData("[1,2,3]")]
    [InlineData(" { \"a\" : [ true , false , null ] , \"b\" : { } , \"c\" : [ ] } ")]
    [InlineData("-0.5e+10")]
    [InlineData("\"tab\\there \\u00e9 \\ud83d\\ude00 \\/ \\\\ \\\"\"")]
    [InlineData("[[[[]]],[{}]]")]
    [InlineData("")]
    [InlineData("[1,]")]
    [InlineData("[1,")]
    [InlineData("{\"a\":")]
    [InlineData("{\"a\"")]
    [InlineData("[")]
    [InlineData("[1 2]")]
    [InlineData("{\"a\" 1}")]
    [InlineData("{\"a\":1,}")]
    [InlineData("{1:2}")]
    [InlineData("[1}")]
    [InlineData("{\"a\":1]")]
    [InlineData("[01]")]
    [InlineData("[1.]")]
    [InlineData("[.5]")]
    [InlineData("[1e]")]
    [InlineData("[+1]")]
    [InlineData("[tru]")]
    [InlineData("[nul")]
    [InlineData("\"open")]
    [InlineData("\"bad \\x escape\"")]
    [InlineData("\"short \\u12\"")]
    [InlineData("\"raw \t tab\"")]
    [InlineData("[1] [2]")]
    [InlineData("[[1]")]
    [InlineData("]")]
    public void Cursor_AcceptsExactlyWhatSystemTextJsonAccepts(string json) =>
        Assert.Equal(ValidForSystemTextJson(json), ValidForCursor(json));

    /// <summary>Thousands of small mutations of valid texts (a character dropped, doubled or replaced), with a fixed seed.</summary>
    [Fact]
    public void Cursor_AgreesWithSystemTextJson_OnMutatedTexts()
    {
        string[] seeds =
        [
            """{"ops":["LRUCache","put","get"],"args":[[2],[1,1],[1]]}""",
            """[[1,-2.5e3,0],"a\"b\u00e9",true,false,null,{"values":[3,2],"pos":1}]""",
            """[[[[]]],[{}],{"a":{"b":[1,{"c":null}]}}]""",
        ];
        const string alphabet = "[]{}\",:-+.eE0123456789tfnrul \\/u";
        var random = new Random(20261201);
        var disagreements = new List<string>();
        var valid = 0;
        for (var i = 0; i < 6000; i++)
        {
            var text = seeds[i % seeds.Length].ToCharArray().ToList();
            for (var edits = random.Next(1, 4); edits > 0; edits--)
            {
                var at = random.Next(text.Count);
                switch (random.Next(3))
                {
                    case 0:
                        text.RemoveAt(at);
                        break;
                    case 1:
                        text.Insert(at, text[at]);
                        break;
                    default:
                        text[at] = alphabet[random.Next(alphabet.Length)];
                        break;
                }
            }
            var mutated = new string([.. text]);
            var expected = ValidForSystemTextJson(mutated);
            valid += expected ? 1 : 0;
            if (expected != ValidForCursor(mutated))
            {
                disagreements.Add(mutated);
            }
        }

        Assert.Empty(disagreements);
        // Both kinds occur often enough for the agreement to mean something.
        Assert.InRange(valid, 300, 5700);
    }

    [Fact]
    public void Cursor_ReadsEveryTokenWithItsValue()
    {
        var cursor = JsonSlice.Of("""{"n":[-12,3.5e2,"a\"\u0041\n"],"t":true,"z":null}""").Open();
        var seen = new List<string>();
        do
        {
            seen.Add(cursor.Token switch
            {
                JsonToken.PropertyName or JsonToken.String => $"{cursor.Token}:{cursor.GetString()}",
                JsonToken.Number => $"Number:{cursor.GetDouble()}",
                _ => cursor.Token.ToString(),
            });
        }
        while (cursor.Read());

        Assert.Equal(
            ["StartObject", "PropertyName:n", "StartArray", "Number:-12", "Number:350", "String:a\"A\n", "EndArray",
             "PropertyName:t", "True", "PropertyName:z", "Null", "EndObject"],
            seen);
    }

    [Fact]
    public void Cursor_RefusesTheWrongKindOfValue()
    {
        Assert.Throws<InvalidOperationException>(() => JsonSlice.Of("\"7\"").Open().GetInt32());
        Assert.Throws<FormatException>(() => JsonSlice.Of("7.5").Open().GetInt32());
        Assert.Throws<FormatException>(() => JsonSlice.Of("3000000000").Open().GetInt32());
        Assert.Throws<FormatException>(() => JsonSlice.Of("1e400").Open().GetDouble());
        Assert.Equal(3000000000L, JsonSlice.Of("3000000000").Open().GetInt64());
    }

    [Fact]
    public void Cursor_SkipsAWholeValueAndLimitsDepth()
    {
        var cursor = JsonSlice.Of("[[1,[2,{\"a\":[3]}]],4]").Open();
        cursor.Next();
        var start = cursor.TokenStart;
        cursor.Skip();
        Assert.Equal("[1,[2,{\"a\":[3]}]]", cursor.SliceFrom(start).ToString());
        cursor.Next();
        Assert.Equal(4, cursor.GetInt32());

        var deep = new string('[', 100_001) + new string(']', 100_001);
        Assert.Throws<FormatException>(() => JsonSlice.Of(deep).Open(maxDepth: 100_000).Skip());
        var streamed = JsonSlice.Of(deep).Open(JsonSlice.StreamedDepth);
        streamed.Skip();
        streamed.ExpectEnd();
    }

    [Theory]
    [InlineData("plain")]
    [InlineData("café ∑ 😀")]
    [InlineData("quote \" backslash \\ slash /")]
    [InlineData("\n\r\t\b\f\u0001\u001f\u007f")]
    [InlineData("lone \ud800 high, lone \udc00 low, \udbff\udfff pair")]
    public void Writer_StringsReadBackAsWritten(string value)
    {
        var writer = new JsonWriter();
        writer.String(value);
        var expected = value.Replace("\ud800", "\ufffd").Replace("\udc00", "\ufffd");

        Assert.Equal(expected, JsonSerializer.Deserialize<string>(writer.ToString()));
        Assert.Equal(expected, JsonSlice.Of(writer.ToString()).Open().GetString());
    }

    [Fact]
    public void Writer_WritesCompactArraysObjectsAndInvariantNumbers()
    {
        var previous = System.Globalization.CultureInfo.CurrentCulture;
        System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("de-DE");
        try
        {
            var writer = new JsonWriter();
            writer.StartArray();
            writer.Number(-1);
            writer.Number(2.5);
            writer.Number(0.1f);
            writer.Number(1.50m);
            writer.Number(double.NaN);
            writer.StartObject();
            writer.Name("k");
            writer.StartArray();
            writer.EndArray();
            writer.Name("b");
            writer.Boolean(false);
            writer.EndObject();
            writer.Null();
            writer.EndArray();

            Assert.Equal("[-1,2.5,0.1,1.50,\"NaN\",{\"k\":[],\"b\":false},null]", writer.ToString());
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = previous;
        }
    }

    private static bool ValidForSystemTextJson(string json)
    {
        try
        {
            using var _ = JsonDocument.Parse(json);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static bool ValidForCursor(string json)
    {
        try
        {
            var cursor = JsonSlice.Of(json).Open();
            cursor.Skip();
            cursor.ExpectEnd();
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
