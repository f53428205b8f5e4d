using System.Text;
using Judge.Api.Tests.Infrastructure;
using Judge.Engine.Problems;

namespace Judge.Api.Tests.Problems;

/// <summary>Tests are cached as the file's own UTF-8 bytes, so the loader checks that they are UTF-8.</summary>
public sealed class TestFileEncodingTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("judge-problem-").FullName;

    public TestFileEncodingTests()
    {
        var source = Path.Combine(ProblemFolders.Root, "valid-palindrome");
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(folder, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }
    }

    [Fact]
    public void ATestWithBrokenUtf8_FailsToLoad_NamingItsFileAndTest()
    {
        // 0xFF is never part of UTF-8; the JSON reader lets it through inside a string it is not asked to decode.
        var broken = Encoding.UTF8.GetBytes("""[ { "name": "bad-bytes", "input": ["a""").Concat(new byte[] { 0xFF }).Concat(Encoding.UTF8.GetBytes("""b"], "expected": true } ]""")).ToArray();
        File.WriteAllBytes(Path.Combine(folder, "tests", "samples.json"), broken);

        var problem = ProblemLoader.Load(folder);

        var error = Assert.Throws<InvalidDataException>(() => problem.Samples.ToList());
        Assert.Equal("tests/samples.json, test 'bad-bytes': not valid UTF-8.", error.Message);
    }

    [Fact]
    public void ATestWithUnicode_KeepsTheFilesExactBytes()
    {
        File.WriteAllText(Path.Combine(folder, "tests", "samples.json"), """[ { "name": "accents", "input": [ "é ∑ 🙂" ], "expected": true } ]""");

        var sample = Assert.Single(ProblemLoader.Load(folder).Samples);

        Assert.Equal("""[ "é ∑ 🙂" ]""", sample.Input);
        Assert.Equal(Encoding.UTF8.GetBytes("""[ "é ∑ 🙂" ]"""), sample.InputUtf8.ToArray());
        Assert.Equal("true", sample.Expected);
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
