using System.Text;
using System.Text.Json;
using Judge.Core.Problems;

namespace Judge.Core.Tests.Problems;

public sealed class GeneratorContextTests
{
    [Fact]
    public void Add_SerializesValues_AsJsonSerializerDoes()
    {
        var context = new GeneratorContext("performance", seed: 1);
        object[] input = [new[] { 1, -2, 3 }, "a<b>\"é", new Dictionary<string, int?> { ["k"] = null }];

        context.Add("values", input, new List<string> { "x", "🙂" });
        context.Add("null", null, 2.5);

        Assert.Equal(JsonSerializer.SerializeToUtf8Bytes(input), context.Tests[0].InputUtf8.ToArray());
        Assert.Equal(JsonSerializer.SerializeToUtf8Bytes(new List<string> { "x", "🙂" }), context.Tests[0].ExpectedUtf8.ToArray());
        Assert.Equal("null", Encoding.UTF8.GetString(context.Tests[1].InputUtf8.Memory.Span));
        Assert.Equal(("null", "performance"), (context.Tests[1].Name, context.Tests[1].Group));
    }

    [Theory]
    [InlineData("")]
    [InlineData("plain text\n")]
    [InlineData("quote \" backslash \\ tab \t cr \r feed \f back \b bell \u0007 nul \0 unit \u001f")]
    [InlineData("héllo ∑ 🙂 <tag> & 'single' +plus\nnext line")]
    public void AddText_WritesTheInputAsAJsonString_ThatReadsBackTheSame(string text)
    {
        var context = new GeneratorContext("stdio", seed: 1);

        context.AddText("log", text, "expected\n");

        var input = context.Tests[0].InputUtf8;
        Assert.Equal(text, JsonSerializer.Deserialize<string>(input.Memory.Span));
        Assert.True(input.Memory.Span.IndexOfAny((byte)'\n', (byte)'\r', (byte)0) < 0);
        Assert.Equal("expected\n", Encoding.UTF8.GetString(context.Tests[0].ExpectedUtf8.Memory.Span));
    }

    [Fact]
    public void AddText_KeepsAnUnpairedSurrogate_AsTheReplacementCharacter_LikeUtf8Encoding()
    {
        var context = new GeneratorContext("stdio", seed: 1);

        context.AddText("broken", "a\uD800b", "");

        Assert.Equal("a\uFFFDb", JsonSerializer.Deserialize<string>(context.Tests[0].InputUtf8.Memory.Span));
    }

    [Fact]
    public void WithAStore_LargeTestsAreStored_AndReadBackAsSerialized_SmallOnesStayInMemory()
    {
        var folder = Directory.CreateTempSubdirectory("judge-store-");
        using var store = TestStore.CreateIn(folder.FullName);
        var context = new GeneratorContext("performance", seed: 1, store);
        var large = Enumerable.Range(0, 40_000).ToArray();

        context.Add("large", new object[] { large }, large.Length);
        context.AddText("text", new string('x', 100_000) + "\n", "small\n");

        var (input, expected) = (context.Tests[0].InputUtf8, context.Tests[0].ExpectedUtf8);
        Assert.True(input.IsStored);
        Assert.False(expected.IsStored);
        Assert.Equal(JsonSerializer.SerializeToUtf8Bytes(new object[] { large }), input.ToArray());
        Assert.Equal("40000", context.Tests[0].Expected);
        Assert.True(context.Tests[1].InputUtf8.IsStored);
        Assert.Equal(new string('x', 100_000) + "\n", JsonSerializer.Deserialize<string>(context.Tests[1].InputUtf8.ToArray()));
        Assert.Equal(input.Length + context.Tests[1].InputUtf8.Length, store.Length);
        folder.Delete();
    }
}
